package cn.gov.shandong.circular.acceptance.plantargets;

import cn.gov.shandong.circular.common.inbox.IdempotentConsumer;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.common.inbox.ServiceStoppingException;
import cn.gov.shandong.circular.common.plantargets.ApprovedPlanTargets;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the approved plans' targets (platform-common's {@link ApprovedPlanTargets}, in this service's tables of
 * V3 and V4) from {@code plans.events}: each event applied once, poison to {@code acceptance-service.dlq}.
 * Acceptance never asks plans-service for them.
 */
@ApplicationScoped
public class PlanTargetsProjection {

    public static final String CONSUMER = "acceptance.plan-targets";

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Inject
    ApprovedPlanTargets targets;

    @Incoming("plans-in")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, abortOn = {MalformedEventException.class, ServiceStoppingException.class})
    public void onPlanEvent(ConsumerRecord<String, String> record) {
        idempotentConsumer.applyOnce(CONSUMER, IncomingEvent.from(record), targets::apply);
    }
}
