import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kafka alone, as the filing path uses it, with a pause between records: the producer's settings of the
 * services' outbox (acks=all, idempotent, linger 0, keyed 512-byte records, three partitions) and a
 * consumer with the services' defaults. It times each record from send() to the consumer's poll
 * returning it, one record at a time, waiting GAP_MS between records.
 *
 * <p>Kafka's EndToEndLatency sends the next record the moment the last one arrives, so every thread on
 * the way stays hot. The filing path at 50 per second gets a record every 20 ms and finds those threads
 * asleep; this probe measures what that alone costs (docs/measurements.md, "Stop 15").
 *
 * <pre>java -cp ".local/cache/kafka-4.1.2/lib/*" bench/KafkaProbe.java RECORDS GAP_MS [BOOTSTRAP]</pre>
 */
public class KafkaProbe {

    private static final String TOPIC = "bench.kafka-probe";

    public static void main(String[] args) throws Exception {
        int records = Integer.parseInt(args[0]);
        long gapMs = Long.parseLong(args[1]);
        String bootstrap = args.length > 2 ? args[2] : "127.0.0.1:9092";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
        }
        Properties consumerProps = new Properties();
        consumerProps.put("bootstrap.servers", bootstrap);
        consumerProps.put("group.id", "kafka-probe-" + System.nanoTime());
        consumerProps.put("auto.offset.reset", "latest");
        consumerProps.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        consumerProps.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        Properties producerProps = new Properties();
        producerProps.put("bootstrap.servers", bootstrap);
        producerProps.put("acks", "all");
        producerProps.put("enable.idempotence", "true");
        producerProps.put("linger.ms", "0");
        producerProps.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        producerProps.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        String value = "x".repeat(512);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps);
             KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
            consumer.subscribe(List.of(TOPIC));
            long settled = System.currentTimeMillis() + 5_000; // the group's first assignment
            while (consumer.assignment().isEmpty() || System.currentTimeMillis() < settled) {
                consumer.poll(Duration.ofMillis(50));
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < records; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, "SDP" + (i % 1000), value)); // asynchronous, like the relay
                ConsumerRecords<String, String> received;
                do {
                    received = consumer.poll(Duration.ofSeconds(1));
                } while (received.isEmpty());
                millis.add((System.nanoTime() - sent) / 1e6);
                Thread.sleep(gapMs);
            }
            Collections.sort(millis);
            System.out.printf("Kafka alone, %d records %d ms apart: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    records, gapMs, millis.get(records / 2), millis.get((int) (records * 0.99)), millis.get(records - 1));
        }
    }
}
