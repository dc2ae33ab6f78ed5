package cn.gov.shandong.circular.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Real infrastructure for a service's {@code @QuarkusTest}s, without Docker:
 * <ul>
 *   <li>a real Kafka broker (KRaft, in this JVM, started once per test JVM);</li>
 *   <li>a fresh database on the machine's PostgreSQL ({@code 127.0.0.1:5432} unless
 *       {@code TEST_PG_HOST}/{@code TEST_PG_PORT} say otherwise), dropped when the tests end;</li>
 *   <li>token verification against the test signing key of {@link TestTokens}, so every request
 *       goes through the real OIDC bearer-token check with real signed JWTs.</li>
 * </ul>
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "urn:circular-parks:test-issuer";

    private static KafkaClusterTestKit kafka;

    private String database;

    /** Set by a test profile's {@code kafka.bootstrap.servers} argument, e.g. a closed port for broker outage tests. */
    private String bootstrapServers;

    @Override
    public void init(Map<String, String> initArgs) {
        bootstrapServers = initArgs.get("kafka.bootstrap.servers");
    }

    @Override
    public Map<String, String> start() {
        database = createDatabase();

        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", bootstrapServers != null ? bootstrapServers : kafkaBootstrapServers());
        config.put("quarkus.datasource.jdbc.url", jdbcUrl(database));
        config.put("quarkus.datasource.username", pgUser());
        config.put("quarkus.datasource.password", "postgres");
        // Verify tokens with the test key instead of discovering Keycloak (an empty value unsets it).
        config.put("quarkus.oidc.auth-server-url", "");
        config.put("quarkus.oidc.public-key", TestTokens.publicKeyBase64());
        config.put("quarkus.oidc.token.issuer", ISSUER);
        // Feature tests make many requests with one token; the rate limit has tests of its own.
        config.put("platform.rate-limit.default.requests-per-minute", "1000000");
        config.put("platform.rate-limit.clients.\"circular-parks-web\".requests-per-minute", "1000000");
        config.put("platform.rate-limit.clients.\"gov-data-exchange\".requests-per-minute", "1000000");
        // Fast outbox retries so tests of broker outages do not wait long.
        config.put("platform.outbox.sweep-interval", "1s");
        config.put("platform.outbox.retry-after", "10s");
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            dropDatabase(database);
        }
    }

    /** A new, empty database on the test PostgreSQL; returns its name. */
    public static String createDatabase() {
        String name = "t_" + System.currentTimeMillis() + "_" + ThreadLocalRandom.current().nextInt(1000, 9999);
        execute("create database " + name + " encoding 'UTF8'");
        // A throwaway database: a commit need not wait for its WAL to reach the disk (a crash would lose the
        // last commits of a test run, never a result). On this machine's disk that wait is milliseconds a commit.
        execute("alter database " + name + " set synchronous_commit = off");
        return name;
    }

    public static void dropDatabase(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    /** The in-JVM broker, started on first use and kept for the whole test JVM. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            // Kafka's servers halt the JVM on a fatal fault (e.g. a log dir removed during shutdown);
            // in a test JVM that would kill the test run with a non-zero exit. Log instead.
            Exit.setExitProcedure((status, message) -> System.err.println("Kafka asked to exit(" + status + "): " + message));
            Exit.setHaltProcedure((status, message) -> System.err.println("Kafka asked to halt(" + status + "): " + message));
            try {
                KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("num.partitions", "3")
                        // As in deploy/: topics exist because they were created, never because a client named one.
                        .setConfigProp("auto.create.topics.enable", "false")
                        .build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
                kafka = cluster;
                createPlatformTopics(cluster.bootstrapServers());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        cluster.close();
                    } catch (Exception ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the in-JVM Kafka broker", e);
            }
        }
        return kafka.bootstrapServers();
    }

    /**
     * The topics deploy/local/platform.sh, docker-compose.yml and deploy/k8s create, plus this module's
     * test topics; like the real brokers, the test broker creates no topic on a client's request.
     */
    private static void createPlatformTopics(String bootstrapServers) {
        List<String> topics = List.of("parks.events", "plans.events", "acceptance.events", "reporting.events", "parks-service.dlq",
                "plans-service.dlq", "acceptance-service.dlq", "reporting-service.dlq", "ledger.events",
                "platform-common-test.dlq", "stop-probe.events", "platform-common-stop-probe.dlq");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(topics.stream().map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the platform's topics on the test broker", e);
        }
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pgHost() + ":" + pgPort() + "/" + database;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), pgUser(), "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + pgHost() + ":" + pgPort() + " refused: " + sql
                    + " (is the server running? see docs/running.md)", e);
        }
    }

    private static String pgHost() {
        return System.getenv().getOrDefault("TEST_PG_HOST", "127.0.0.1");
    }

    private static String pgPort() {
        return System.getenv().getOrDefault("TEST_PG_PORT", "5432");
    }

    public static String pgUser() {
        return System.getenv().getOrDefault("TEST_PG_USER", "postgres");
    }

    static String resource(String name) {
        try (InputStream in = PlatformTestResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
