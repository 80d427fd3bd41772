package dev.mifty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neither DATABASE_URL nor mifty-embedded-postgres (the runtime alone, as in a slim application):
 * every command that needs a database says in one line what to add or set, and exits 1.
 */
class NoDatabaseTest {

    private static final String LINE = "error: no database: set DATABASE_URL (postgres://user@host:5432/database"
            + " or jdbc:postgresql://...), or add dev.mifty:mifty-embedded-postgres to the class path for a local embedded PostgreSQL";

    @Test
    void everyDatabaseCommandPrintsOneLineSayingWhatToAddOrSet(@TempDir Path project) {
        List<String[]> commands = List.of(
                new String[] {"migration:run"}, new String[] {"migration:run", "--dry-run"},
                new String[] {"migration:status"}, new String[] {"migration:status", "--json"},
                new String[] {"migration:rollback"}, new String[] {"migration:reset"},
                new String[] {"migration:resolve", "--name=create_customers", "--as=up"},
                new String[] {"schema:diff"}, new String[] {"schema:sync"}, new String[] {"schema:drop"});
        for (String[] command : commands) {
            Cli.Result result = Cli.on(null).in(project).run(command);
            assertThat(result.exitCode()).as(String.join(" ", command) + "\n" + result).isEqualTo(1);
            assertThat(result.out()).as(String.join(" ", command)).isEmpty();
            assertThat(result.err()).as(String.join(" ", command)).isEqualTo(LINE + System.lineSeparator());
        }
        assertThat(Files.exists(project.resolve(".mifty"))).isFalse();
    }

    @Test
    void migrationCreateNeedsNoDatabase(@TempDir Path project) {
        Cli.Result result = Cli.on(null).in(project).run("migration:create", "seed_things", "--type=data");
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    /** A real JVM on the runtime's class path without zonky and without any SLF4J jar: no NoClassDefFoundError. */
    @Test
    void aRealProcessWithoutTheEmbeddedModuleOrSlf4jPrintsTheSameLine(@TempDir Path project) throws Exception {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("embedded-postgres") && !entry.contains("slf4j") && !entry.contains("HikariCP"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", classpath, "dev.mifty.cli.Main", "migration:status"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        builder.environment().remove("DATABASE_URL");
        Path out = project.resolve("out.txt");
        Path err = project.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(errText).isEqualTo(1);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();
        assertThat(errText).isEqualTo(LINE + System.lineSeparator());
    }
}
