package cn.gov.shandong.circular.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/** What the event backbone holds, read as an operator would: Kafka's topics and the services' outbox tables. */
final class EventBackbone {

    private EventBackbone() {
    }

    /** Records in each dead-letter topic ({@code *.dlq}), by topic. */
    static Map<String, Long> deadLetters() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.KAFKA_BOOTSTRAP);
        try (Admin admin = Admin.create(props)) {
            List<String> topics = admin.listTopics().names().get().stream()
                    .filter(name -> name.endsWith(".dlq")).sorted().toList();
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            descriptions.values().forEach(topic -> topic.partitions().forEach(p -> {
                earliest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.earliest());
                latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest());
            }));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> first = admin.listOffsets(earliest).all().get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(latest).all().get();
            Map<String, Long> counts = new TreeMap<>();
            topics.forEach(topic -> counts.put(topic, 0L));
            end.forEach((partition, offset) -> counts.merge(partition.topic(),
                    offset.offset() - first.get(partition).offset(), Long::sum));
            return counts;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the dead-letter topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Outbox rows not yet acknowledged by Kafka ({@code outbox_event.published_at is null}), by service
     * database; a database without an outbox table is left out.
     */
    static Map<String, Long> unsentOutboxRows() {
        Map<String, Long> unsent = new TreeMap<>();
        for (String database : LocalPlatform.serviceDatabases()) {
            try (Connection connection = DriverManager.getConnection(LocalPlatform.POSTGRES_URL + database,
                    "postgres", "postgres");
                 Statement sql = connection.createStatement()) {
                try (ResultSet table = sql.executeQuery("select to_regclass('outbox_event') is not null")) {
                    table.next();
                    if (!table.getBoolean(1)) {
                        continue;
                    }
                }
                try (ResultSet count = sql.executeQuery("select count(*) from outbox_event where published_at is null")) {
                    count.next();
                    unsent.put(database, count.getLong(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the outbox of " + database, e);
            }
        }
        return unsent;
    }

    /** Sum of the values, for assertions on maps of counts. */
    static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
