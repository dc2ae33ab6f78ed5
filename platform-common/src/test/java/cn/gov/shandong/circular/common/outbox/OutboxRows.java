package cn.gov.shandong.circular.common.outbox;

import static cn.gov.shandong.circular.common.testing.KafkaTestClient.header;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads outbox rows as they are now, and the order events reached a topic, for the outbox tests. */
@ApplicationScoped
public class OutboxRows {

    @Inject
    EntityManager entityManager;

    public OutboxEvent row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent row = entityManager.find(OutboxEvent.class, id);
            entityManager.detach(row);
            return row;
        });
    }

    public boolean published(UUID id) {
        return row(id).publishedAt != null;
    }

    /** The ce_ids of the records, in the order read (duplicates of a resend removed, first one kept). */
    public static List<String> firstArrivals(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> header(r, "ce_id")).distinct().toList();
    }

    /** True once every id has been read. */
    public static boolean containsAll(List<ConsumerRecord<String, String>> records, List<UUID> ids) {
        List<String> seen = firstArrivals(records);
        return ids.stream().allMatch(id -> seen.contains(id.toString()));
    }
}
