package dev.mifty.processor.oracle;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.mifty.processor.jpa.Naming;
import dev.mifty.processor.pipeline.MiftyCompiler;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Entity models written the way ordinary teams write them (not tailored to Mifty), run through the
 * real product path: the processor generates a migration, the migration runs on PostgreSQL, and
 * Hibernate ORM 6.6 must both validate it and have created the very same schema itself.
 */
class UnseenModelsOracleTest {

    @TempDir
    Path projectDir;

    static Stream<Arguments> cases() {
        return Stream.of("blog", "hr", "library", "iot", "shop", "misc", "extra", "probe", "spring", "probe2")
                .flatMap(m -> Stream.of(Arguments.of(m, Naming.SNAKE_CASE), Arguments.of(m, Naming.JPA)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void generatedMigrationBuildsWhatHibernateCreates(String model, Naming naming) throws Exception {
        String set = "unseen/" + model;
        List<Path> files = HibernateOracleTest.fixtureFiles(set);
        List<Class<?>> classes = classes(model, files);

        String hibernateDb = TestDatabases.newDatabase();
        HibernateSchemas.create(hibernateDb, classes, naming);
        Schema hibernate = HibernateOracleTest.introspect(hibernateDb);

        String pkg = "dev.mifty.fixtures.unseen." + model + ".migrations";
        List<JavaFileObject> sources = files.stream().map(HibernateOracleTest::source).toList();
        Compilation compilation = MiftyCompiler.compile(projectDir, MiftyCompiler.CLOCK,
                List.of("-Amifty.naming=" + (naming == Naming.SNAKE_CASE ? "snake_case" : "jpa"),
                        "-Amifty.migrationsPackage=" + pkg), sources);
        assertThat(compilation).succeeded();
        List<String[]> notMapped = NotMapped.checks(compilation.diagnostics()); // fails on any other warning
        List<String> migrations = compilation.generatedSourceFiles().stream()
                .map(f -> f.getName().replaceAll(".*/", "").replace(".java", ""))
                .filter(n -> n.startsWith("V")).toList();
        assertThat(migrations).hasSize(1);
        String migration = pkg + "." + migrations.get(0);
        ClassLoader loader = MiftyCompiler.loader(compilation);

        String miftyDb = TestDatabases.newDatabase();
        try (Connection connection = TestDatabases.connect(miftyDb)) {
            MiftyCompiler.run(loader, migration, "up", connection);
        }
        String expected = SchemaNormalizer.normalize(hibernate, true);
        String actual = SchemaNormalizer.normalize(HibernateOracleTest.introspect(miftyDb), true);
        OracleFacts.record(set, naming, expected, actual);
        HibernateSchemas.validate(miftyDb, classes, naming);
        HibernateOracleTest.assertSame(NotMapped.without(expected, notMapped), actual);

        try (Connection connection = TestDatabases.connect(miftyDb)) {
            MiftyCompiler.run(loader, migration, "down", connection);
        }
        Schema after = HibernateOracleTest.introspect(miftyDb);
        assertThat(after.tables()).isEmpty();
        assertThat(after.sequences()).isEmpty();
    }

    private static List<Class<?>> classes(String model, List<Path> files) {
        return HibernateOracleTest.classes("unseen." + model, files);
    }
}
