package dev.mifty.processor.oracle;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.mifty.processor.jpa.Naming;
import dev.mifty.processor.jpa.ReaderHarness;
import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.DiffResult;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.sql.PostgresDialect;
import java.sql.Statement;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate ORM 6.6 is the judge: for each fixture set and naming option, the schema Hibernate
 * creates must equal the one Mifty reads from the same sources.
 */
class HibernateOracleTest {

    /** The fixture sources (javac reads them): {@code mifty.fixtures} when the oracle runs from another module. */
    private static final Path FIXTURES = Path.of(System.getProperty("mifty.fixtures", "src/test/java/dev/mifty/fixtures"));

    /**
     * Fixture sets that need Jakarta Persistence 3.2 or Hibernate 7 APIs ({@code jpa32}, {@code hibernate7}, ...):
     * {@code mifty.fixtures.jpa32} names their root, set by the 7.x oracle modules, which compile them
     * ({@code oracle/fixtures-jpa32}); absent on 6.6. Every set found there runs.
     */
    private static final String JPA32_FIXTURES = System.getProperty("mifty.fixtures.jpa32");

    static Stream<Arguments> cases() {
        Stream<String> sets = Stream.concat(Stream.of("basics", "ids", "relations", "inheritance", "advanced",
                "collections", "lines", "features", "merged", "codes", "validation", "secondary", "secondaryleftovers"), sevenSets());
        // -Dmifty.oracle.sets=a,b narrows the sets while developing
        String only = System.getProperty("mifty.oracle.sets", "");
        Set<String> wanted = Set.of(only.split(","));
        return sets.filter(set -> only.isBlank() || wanted.contains(set)).flatMap(set -> Stream.of(
                Arguments.of(set, Naming.SNAKE_CASE), Arguments.of(set, Naming.JPA)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void hibernateCreatesWhatMiftyReads(String set, Naming naming) throws Exception {
        List<Path> files = fixtureFiles(set);
        String hibernateDb = TestDatabases.newDatabase();
        HibernateSchemas.create(hibernateDb, classes(set, files), naming);
        Schema hibernate = introspect(hibernateDb);

        ReaderHarness.Result read = ReaderHarness.read(naming, files.stream().map(HibernateOracleTest::source).toList());
        assertThat(read.compilation()).succeeded();
        Schema mifty = read.model().schema();

        String miftyDb = TestDatabases.newDatabase();
        apply(miftyDb, mifty);
        Schema created = introspect(miftyDb);
        // options (Jakarta Persistence 3.2) are raw SQL, not in the model read back: compared by their effect
        String hibernateFacts = SchemaNormalizer.normalize(hibernate, true) + CatalogOptions.facts(hibernateDb);
        String createdFacts = SchemaNormalizer.normalize(created, true) + CatalogOptions.facts(miftyDb);
        OracleFacts.record(set, naming, hibernateFacts, createdFacts);
        if (set.equals("jpa32")) { // the comparison sees comments and options, so equality is not vacuous
            assertThat(hibernateFacts).contains("comment Measuring devices", "comment Shown to operators",
                    "options table gauges with fillfactor=70", "options index gauges_label_idx with fillfactor=80",
                    "options column gauges.code collate C", "options sequence reading_ids cache 5");
        }
        HibernateSchemas.validate(miftyDb, classes(set, files), naming);
        List<String[]> notMapped = NotMapped.checks(read.compilation().diagnostics());
        assertSame(NotMapped.without(hibernateFacts, notMapped), createdFacts);
        // unnamed checks: the names PostgreSQL gave Hibernate's are the names in Mifty's model
        assertSame(NotMapped.without(SchemaNormalizer.checkNames(hibernate), notMapped),
                SchemaNormalizer.checkNames(created));
        assertSame(NotMapped.without(SchemaNormalizer.normalize(hibernate, false), notMapped),
                NotMapped.without(SchemaNormalizer.normalize(mifty, false), notMapped));
        // beyond the bar: the columns also come in Hibernate's order
        assertSame(SchemaNormalizer.order(hibernate), SchemaNormalizer.order(created));
    }

    /** Creates the model in an empty database with the SQL Mifty's migrations would run. */
    static void apply(String jdbcUrl, Schema model) throws SQLException {
        DiffResult diff = new SchemaDiffer().diff(Schema.empty(), model);
        PostgresDialect dialect = new PostgresDialect();
        try (Connection c = TestDatabases.connect(jdbcUrl); Statement s = c.createStatement()) {
            for (Change change : diff.changes()) {
                for (String sql : dialect.render(change)) {
                    s.execute(sql);
                }
            }
        }
    }

    /** Fails with the lines only one side has, which reads far better than two long strings. */
    static void assertSame(String hibernate, String mifty) {
        List<String> h = List.of(hibernate.split("\n"));
        List<String> m = List.of(mifty.split("\n"));
        List<String> onlyHibernate = h.stream().filter(l -> !m.contains(l)).toList();
        List<String> onlyMifty = m.stream().filter(l -> !h.contains(l)).toList();
        assertThat(onlyHibernate.isEmpty() && onlyMifty.isEmpty())
                .as("only in Hibernate's schema:%n  %s%nonly in Mifty's model:%n  %s",
                        String.join("\n  ", onlyHibernate), String.join("\n  ", onlyMifty))
                .isTrue();
    }

    /** The set names under {@link #JPA32_FIXTURES}, sorted; none on 6.6. */
    private static Stream<String> sevenSets() {
        if (JPA32_FIXTURES == null || !Files.isDirectory(Path.of(JPA32_FIXTURES))) {
            return Stream.empty();
        }
        try (Stream<Path> s = Files.list(Path.of(JPA32_FIXTURES))) {
            // a set the line cannot compile (an annotation newer than the line) is named by the oracle module
            String skipped = System.getProperty("mifty.fixtures.jpa32.skipped", "");
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.equals(skipped))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> fixtureFiles(String set) throws IOException {
        Path root = JPA32_FIXTURES != null && Files.isDirectory(Path.of(JPA32_FIXTURES).resolve(set))
                ? Path.of(JPA32_FIXTURES) : FIXTURES;
        try (Stream<Path> s = Files.list(root.resolve(set))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    static List<Class<?>> classes(String set, List<Path> files) {
        return files.stream().<Class<?>>map(p -> {
            String simple = p.getFileName().toString().replace(".java", "");
            try {
                return Class.forName("dev.mifty.fixtures." + set + "." + simple);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).filter(c -> c.isAnnotationPresent(jakarta.persistence.Entity.class)
                || c.isAnnotationPresent(jakarta.persistence.Embeddable.class)
                || c.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class)
                || c.isAnnotationPresent(jakarta.persistence.Converter.class)).toList();
    }

    static JavaFileObject source(Path file) {
        try {
            return JavaFileObjects.forResource(file.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema introspect(String jdbcUrl) throws SQLException {
        try (Connection c = TestDatabases.connect(jdbcUrl)) {
            return new Introspector().read(c, "public");
        }
    }
}
