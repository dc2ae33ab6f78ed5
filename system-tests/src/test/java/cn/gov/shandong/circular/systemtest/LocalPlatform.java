package cn.gov.shandong.circular.systemtest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as the README starts it ({@code deploy/local/platform.sh}), in a state directory
 * and databases of its own ({@code systest_*}), started fresh, so a demo on this machine is not touched.
 */
final class LocalPlatform {

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

    private static void run(Map<String, String> extraEnv, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PLATFORM_STATE_DIR", STATE.toString());
        env.put("PLATFORM_DB_PREFIX", "systest_");
        env.put("PLATFORM_SKIP_BUILD", "1");
        // Resend unacknowledged outbox rows sooner than in production, so the outage scenario stays short.
        env.put("PLATFORM_OUTBOX_RETRY_AFTER", "10s");
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
