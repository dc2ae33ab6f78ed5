package cn.gov.shandong.circular.systemtest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system as the README starts it ({@code deploy/local/platform.sh}), in a state directory
 * and databases of its own ({@code systest_*}), started fresh, so a demo on this machine is not touched.
 */
final class LocalPlatform {

    /** Prefix of the services' database names; the databases are {@code systest_parks} and so on. */
    static final String DB_PREFIX = "systest_";
    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/";
    static final String KAFKA_BOOTSTRAP = "127.0.0.1:9092";

    /**
     * Starts the platform once for every system test class of the run ({@code @ExtendWith(LocalPlatform.Running.class)})
     * and stops it after the last one: starting it is most of a system test's time. With
     * {@code -Dplatform.reuse=true} a platform already running in the state directory is used as it is
     * (started if it is not) and left running, for repeated runs while working on a test.
     */
    static final class Running implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            // Every wait checks its condition at once before its first pause (Awaitility pauses one poll interval
            // first by default), as the modules' tests do with platform-common's PromptAwaitility.
            Awaitility.setDefaultPollDelay(Duration.ZERO);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(LocalPlatform.class,
                    key -> {
                        if (Boolean.getBoolean("platform.reuse")) {
                            run(Map.of(), "start");
                            return (AutoCloseable) () -> { };
                        }
                        start();
                        return (AutoCloseable) LocalPlatform::stop;
                    }, AutoCloseable.class);
        }
    }

    static final Path ROOT = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    private static final Path SCRIPT = ROOT.resolve("deploy/local/platform.sh");
    private static final Path STATE = ROOT.resolve(".local/systest");
    private static final Path OUTPUT = ROOT.resolve("system-tests/target/platform-output.log");

    private LocalPlatform() {
    }

    static void start() {
        run(Map.of("PLATFORM_FRESH", "1"), "start");
    }

    static void stop() {
        run(Map.of(), "stop");
    }

    static void stopComponent(String name) {
        run(Map.of(), "stop-component", name);
    }

    static void startComponent(String name) {
        run(Map.of(), "start-component", name);
    }

    /** A crash: SIGKILL to the component's processes, no orderly shutdown. */
    static void killComponent(String name) {
        run(Map.of(), "kill-component", name);
    }

    /**
     * Cuts every connection the services hold to their databases ({@code pg_terminate_backend}), as a
     * database restart or a network cut would; the databases stay open for new connections.
     *
     * @return how many connections were cut
     */
    static int terminateServiceDatabaseConnections() {
        try (Connection postgres = DriverManager.getConnection(POSTGRES_URL + "postgres", "postgres", "postgres");
             Statement sql = postgres.createStatement();
             ResultSet cut = sql.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) "
                     + "from pg_stat_activity where datname like '" + DB_PREFIX + "%' and pid <> pg_backend_pid()")) {
            cut.next();
            return cut.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not terminate the services' database connections", e);
        }
    }

    /** The services' databases ({@code systest_*}), by name. */
    static List<String> serviceDatabases() {
        try (Connection postgres = DriverManager.getConnection(POSTGRES_URL + "postgres", "postgres", "postgres");
             Statement sql = postgres.createStatement();
             ResultSet names = sql.executeQuery("select datname from pg_database where datname like '"
                     + DB_PREFIX + "%' order by datname")) {
            List<String> databases = new ArrayList<>();
            while (names.next()) {
                databases.add(names.getString(1));
            }
            return databases;
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the services' databases", e);
        }
    }

    private static void run(Map<String, String> extraEnv, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PLATFORM_STATE_DIR", STATE.toString());
        env.put("PLATFORM_DB_PREFIX", DB_PREFIX);
        env.put("PLATFORM_SKIP_BUILD", "1");
        // Resend unacknowledged outbox rows sooner than in production, so the outage scenario stays short.
        env.put("PLATFORM_OUTBOX_RETRY_AFTER", "10s");
        // Upper bounds only: a busy machine (other builds beside the tests) may start things slowly.
        env.put("PLATFORM_KAFKA_TIMEOUT", "180");
        env.put("PLATFORM_KEYCLOAK_TIMEOUT", "360");
        env.put("PLATFORM_SERVICE_TIMEOUT", "180");
        env.putAll(extraEnv);
        try {
            Files.createDirectories(OUTPUT.getParent());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(OUTPUT.toFile()));
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("platform.sh " + String.join(" ", args) + " did not finish in 10 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("platform.sh " + String.join(" ", args) + " exited "
                        + process.exitValue() + "; its output is in " + OUTPUT + ", logs in " + STATE);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + SCRIPT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static File stateDir() {
        return STATE.toFile();
    }
}
