package dev.mifty.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dev.mifty.cli.Main} in a real JVM on the embedded database, once without any SLF4J provider
 * and once with Logback in its default setup (console on stdout, DEBUG), as a Spring Boot jar has:
 * no SLF4J warnings, and {@code --json} on stdout is JSON and nothing else.
 */
class CliProcessTest {

    @TempDir
    static Path project;

    private static final int PORT = freePort();

    @Test
    void withoutAnySlf4jProviderTheCliPrintsNoSlf4jWarnings() throws Exception {
        Run run = cli(entry -> !entry.contains("logback"), "migration:run");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("Applied 3 migration(s)");
        assertThat(run.err).contains("No DATABASE_URL set: using the embedded PostgreSQL")
                .doesNotContain("SLF4J").doesNotContain("Exception");
    }

    @Test
    void withLogbackOnTheConsoleJsonStaysAloneOnStdout() throws Exception {
        Run run = cli(entry -> true, "migration:status", "--json");

        assertThat(run.exit).as(run.toString()).isZero();
        String json = run.out.strip();
        assertThat(json).as(run.toString()).startsWith("[").endsWith("]").contains("\"state\": ");
        assertThat(json.lines().filter(line -> line.contains("DEBUG") || line.contains("INFO") || line.contains("io.zonky")))
                .as("no log line on stdout").isEmpty();
        assertThat(run.err).as("Logback did log, to stderr").contains("io.zonky");
    }

    /** The test class path without this module's test resources (logback-test.xml), filtered by {@code keep}. */
    private static Run cli(Predicate<String> keep, String... args) throws Exception {
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
                .filter(keep)
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", classpath, "dev.mifty.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("MIFTY_ENV");
        builder.environment().put("MIFTY_EMBEDDED_PORT", String.valueOf(PORT));
        Path out = Files.createTempFile(project, "out", ".txt");
        Path err = Files.createTempFile(project, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
