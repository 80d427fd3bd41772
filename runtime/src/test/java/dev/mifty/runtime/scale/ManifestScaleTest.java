package dev.mifty.runtime.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import dev.mifty.schema.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 8,000 hand-written migrations and one entity (more than the generated manifest class of Mifty 0.1
 * could hold: "too many constants"), compiled by javac with the processor, then loaded from the
 * manifest resource and run against PostgreSQL. To keep the suite fast the test applies the first
 * {@value #APPLIED} and checks the rest are pending; the benchmarks module's {@code NoOpBenchmark} applies all of 20,000.
 */
class ManifestScaleTest {

    static final int COUNT = 8_000;
    static final int APPLIED = 300;

    @TempDir
    Path dir;

    @Test
    void eightThousandMigrationsCompileLoadAndRunAndClassesAreLoadedOnlyWhenTheyRun() throws Exception {
        Path classes = new ScaleProject(dir, COUNT).write().compile();
        assertThat(classes.resolve("app/migrations/MiftyManifest.class")).doesNotExist();
        List<String> lines = Files.readAllLines(classes.resolve("META-INF/mifty/migrations"));
        List<String> migrations = lines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("package\t")).toList();
        assertThat(migrations).hasSize(COUNT + 1); // + the entity's generated migration
        assertThat(migrations.get(0)).startsWith(ScaleProject.version(1) + "\tstep_1\thandwritten\t");
        assertThat(migrations.get(COUNT - 1)).startsWith(ScaleProject.version(COUNT) + "\t");
        assertThat(migrations.get(COUNT)).contains("\tcreate_item\tgenerated\t");

        String url = TestDatabases.newDatabase();
        Set<String> loaded = ConcurrentHashMap.newKeySet();
        try (URLClassLoader loader = recording(classes, loaded);
             Mifty mifty = Mifty.configure().url(url).classLoader(loader).load()) {
            List<MigrationInfo> status = mifty.status();
            assertThat(status).hasSize(COUNT + 1).allMatch(i -> i.state() == MigrationState.PENDING);
            assertThat(loaded).as("status instantiates no migration").isEmpty();

            List<MigrationInfo> applied = mifty.migrate(ScaleProject.version(APPLIED));
            assertThat(applied).hasSize(APPLIED);
            assertThat(loaded).as("only the migrations that ran were loaded").hasSize(APPLIED);
            assertThat(mifty.migrate(ScaleProject.version(APPLIED))).as("the second run is a no-op").isEmpty();
            List<MigrationInfo> after = mifty.status();
            assertThat(after.subList(0, APPLIED)).allMatch(i -> i.state() == MigrationState.APPLIED);
            assertThat(after.subList(APPLIED, COUNT + 1)).allMatch(i -> i.state() == MigrationState.PENDING);
        }
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), max(n), (SELECT count(*) FROM mifty_schema_history),"
                     + " 0 FROM scale_log")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isEqualTo(APPLIED - 1);
            assertThat(r.getInt(2)).isEqualTo(APPLIED);
            assertThat(r.getInt(3)).isEqualTo(APPLIED);
        }
    }

    /** Records the migration classes it loads. */
    private static URLClassLoader recording(Path classes, Set<String> loaded) throws Exception {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ManifestScaleTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.startsWith(ScaleProject.PACKAGE + ".")) {
                    loaded.add(name);
                }
                return super.findClass(name);
            }
        };
    }
}
