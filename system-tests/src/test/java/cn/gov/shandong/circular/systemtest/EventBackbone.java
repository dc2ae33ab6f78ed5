package cn.gov.shandong.circular.systemtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the event backbone holds, read as an operator would: Kafka's topics and the services' outbox tables. */
final class EventBackbone {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventBackbone() {
    }

    /** A park's scheduled year in a programme, as {@code plan.park-scheduled} carries it. */
    record Schedule(String programmeCode, String parkCode, int year) {
    }

    /**
     * Publishes {@code plan.park-scheduled} events on {@code plans.events} as plans-service would
     * (CloudEvents headers, keyed by park), acknowledged by the broker before this returns.
     * plans-service has no API to schedule a park yet; this stands in for it, in the AsyncAPI contract's shape.
     */
    static void publishSchedules(List<Schedule> schedules, String actor, String correlationId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.KAFKA_BOOTSTRAP);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Schedule schedule : schedules) {
                String data = JSON.writeValueAsString(Map.of("programmeCode", schedule.programmeCode(),
                        "parkCode", schedule.parkCode(), "year", schedule.year(),
                        "actor", actor, "correlationId", correlationId));
                ProducerRecord<String, String> record =
                        new ProducerRecord<>("plans.events", schedule.parkCode(), data);
                Map<String, String> headers = Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", UUID.randomUUID().toString(),
                        "ce_type", "plan.park-scheduled",
                        "ce_source", "/plans-service",
                        "ce_subject", schedule.parkCode(),
                        "ce_time", Instant.now().truncatedTo(ChronoUnit.MICROS).toString(),
                        "ce_actor", actor,
                        "ce_correlationid", correlationId,
                        "content-type", "application/json");
                headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(record));
            }
            for (Future<RecordMetadata> future : sent) {
                future.get();
            }
        } catch (ExecutionException | JsonProcessingException e) {
            throw new IllegalStateException("could not publish the schedules", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
