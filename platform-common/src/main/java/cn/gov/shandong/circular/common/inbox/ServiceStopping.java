package cn.gov.shandong.circular.common.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Whether this service has begun to stop. Quarkus fires {@link ShutdownEvent} before the Kafka
 * consumers close and before Hibernate closes its EntityManagerFactory, so from this moment on an
 * event that fails to apply fails because the service is going away, not because of the event: it
 * must be left for the partition's next owner, never dead-lettered (docs/decisions.md 56).
 */
@ApplicationScoped
public class ServiceStopping {

    private static final Logger LOG = Logger.getLogger(ServiceStopping.class);

    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
        LOG.info("Stopping: an event that fails to apply from now on is left for the partition's next owner");
    }

    public boolean isStopping() {
        return stopping;
    }

    /** For this package's tests: a service that stops without stopping the test's application. */
    void set(boolean stopping) {
        this.stopping = stopping;
    }
}
