package cn.gov.shandong.circular.common.inbox;

import cn.gov.shandong.circular.common.failures.Causes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The services' {@code failure-strategy}: SmallRye's dead-letter queue, except while the service
 * is stopping.
 *
 * <p>A record whose application failed after the service began to stop (a rolling update, a
 * SIGTERM) is left unacknowledged: the commit strategy does not commit past it, and whoever owns the
 * partition next (this service restarted, or another replica) receives it again and applies it once.
 * SmallRye's own strategy would send it to the dead-letter topic and commit past it, and the
 * projection would miss a valid event (docs/decisions.md 56). Every other failure that outlived the
 * consumer's retries goes to the dead-letter topic as before.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.STRATEGY)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    /** The value of {@code mp.messaging.incoming.<channel>.failure-strategy}. */
    public static final String STRATEGY = "dead-letter-unless-stopping";

    private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopping.class);

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterQueue;

    @Inject
    ServiceStopping serviceStopping;

    @Inject
    MeterRegistry meters;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        String channel = config.getChannel();
        // SmallRye's default dead-letter topic when the channel names none.
        String topic = config.getDeadLetterQueueTopic().orElse("dead-letter-topic-" + channel);
        Counter deadLettered = Counter.builder("events.dead.lettered")
                .description("Records a consumer gave up on and sent to its dead-letter topic (each one an alert)")
                .tag("channel", channel).tag("topic", topic)
                .register(meters);
        return new Handler(channel, deadLetterQueue.create(config, vertx, consumer, reportFailure), deadLettered);
    }

    private final class Handler implements KafkaFailureHandler {

        private final String channel;
        private final KafkaFailureHandler deadLetters;
        private final Counter deadLettered;

        private Handler(String channel, KafkaFailureHandler deadLetters, Counter deadLettered) {
            this.channel = channel;
            this.deadLetters = deadLetters;
            this.deadLettered = deadLettered;
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            if (serviceStopping.isStopping() || causedByStopping(reason)) {
                LOG.infof("%s: record %s-%d@%d not applied because the service is stopping; left unacknowledged "
                                + "so that the partition's next owner receives it again (%s)",
                        channel, record.getTopic(), record.getPartition(), record.getOffset(), reason.getMessage());
                return Uni.createFrom().voidItem();
            }
            deadLettered.increment();
            return deadLetters.handle(record, reason, metadata);
        }

        @Override
        public void terminate() {
            deadLetters.terminate();
        }
    }

    static boolean causedByStopping(Throwable failure) {
        return Causes.of(failure).anyMatch(ServiceStoppingException.class::isInstance);
    }
}
