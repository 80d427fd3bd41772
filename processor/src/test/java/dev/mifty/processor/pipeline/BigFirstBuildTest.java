package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mifty.schema.source.Checksums;
import dev.mifty.schema.source.ManifestFile;
import dev.mifty.schema.testing.TestDatabases;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first build of a model whose one initial migration is over both class-file limits (about
 * 7,280 statements a method; 65,535 constant-pool entries a class, 3 a constant): 550 entities
 * with twenty {@code @ManyToOne} each give 11,550 statements in {@code up} and 11,550 in {@code down}. The
 * migration is written in parts, compiles in the same build, applies and rolls back on PostgreSQL,
 * and its checksum is the same whether the processor computes it when writing the migration or
 * reads it back from the compiled class in a later build (the value the runtime compares with the
 * one it recorded when it applied it).
 */
class BigFirstBuildTest {

    private static final int ENTITIES = 550;
    private static final int REFERENCES = 20;
    private static final String MIGRATION = "big.migrations.V20261124153000_InitialSchema";

    @TempDir
    Path dir;

    @Test
    void aFirstBuildOverTheClassLimitsCompilesAppliesAndKeepsItsChecksum() throws Exception {
        Compilation first = MiftyCompiler.compile(dir, MiftyCompiler.CLOCK, List.of(), entities());
        assertThat(first).succeeded();
        assertThat(first).hadNoteContaining("the migration runs 11,550 statements in one transaction");
        assertThat(first).hadNoteContaining("raise max_locks_per_transaction");
        Path written = dir.resolve("src/main/java/big/migrations/V20261124153000_InitialSchema.java");
        String source = Files.readString(written);
        assertThat(source).contains("static final class Up1 {", "static final class Up6 {", "static final class Down6 {")
                .as("over both limits in one class: 23,100 constants need 69,300 pool entries; 11,550 calls a method")
                .doesNotContain("class Up7", "class Down7");
        ManifestFile.Line generated = only(MiftyCompiler.manifest(first));
        assertThat(generated.className()).isEqualTo(MIGRATION);

        List<String> up;
        List<String> down;
        ClassLoader loader = MiftyCompiler.loader(first);
        try (Connection connection = TestDatabases.connect(TestDatabases.newDatabase())) {
            up = run(loader, "up", connection);
            assertThat(up).hasSize(ENTITIES * (1 + REFERENCES));
            assertThat(count(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo(ENTITIES);
            assertThat(count(connection, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"))
                    .isEqualTo(ENTITIES * REFERENCES);
            down = run(loader, "down", connection);
            assertThat(count(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isZero();
            try (Statement checkpoint = connection.createStatement()) {
                // write the catalog pages of 11,550 created and dropped objects now, not in the
                // server's shutdown checkpoint at the end of the test JVM (surefire waits 30 s for it)
                checkpoint.execute("CHECKPOINT");
            }
        }
        List<String> ran = new ArrayList<>(up);
        ran.addAll(down);
        assertThat(generated.checksum()).as("the manifest's checksum is of the statements that ran, in order")
                .isEqualTo(Checksums.ofStatements(ran));

        // a later build compiles the migration from the source tree: the processor reads the
        // constants of its parts back and lists the same checksum
        Compilation later = MiftyCompiler.compile(dir, MiftyCompiler.CLOCK, List.of(),
                List.of(JavaFileObjects.forSourceString(MIGRATION, source)));
        assertThat(later).succeeded();
        assertThat(only(MiftyCompiler.manifest(later)).checksum()).isEqualTo(generated.checksum());
    }

    @Test
    void aStatementTooLongForAStringConstantIsACompileErrorNamingTheTable() throws Exception {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 1_400; i++) { // about 48 bytes a column line: 67 KB of CREATE TABLE
            fields.append("    private String quite_a_long_column_name_").append(i).append(";\n");
        }
        Compilation build = MiftyCompiler.compile(dir, MiftyCompiler.CLOCK, List.of(), List.of(
                JavaFileObjects.forSourceString("wide.Wide", """
                        package wide;

                        import jakarta.persistence.*;

                        @Entity
                        public class Wide {
                            @Id private Long id;
                        %s}
                        """.formatted(fields))));
        assertThat(build).failed();
        assertThat(build).hadErrorContaining("[mifty:statement-too-long] cannot write migration "
                + "wide.migrations.V20261124153000_CreateWide: statement UP_1 of the migration (Wide: + table wide) is");
        assertThat(build).hadErrorContaining("a Java string constant holds at most 65,534");
        assertThat(dir.resolve("src")).doesNotExist();
    }

    /**
     * {@code E0..E549}: an assigned id, a number, and a reference to each of {@code E0..E19} (short
     * chains of references: the processor resolves a referenced entity recursively). No sequences
     * and no text columns (no TOAST tables): a transaction holds a lock on every object it creates
     * or drops until it ends (about 1.4 locks a created foreign key, 5 a dropped
     * one, see docs/decisions-migration-source.md), beyond PostgreSQL's default lock table
     * (64 x max_connections): the test server has room for them ({@code TestDatabases}).
     */
    private static List<JavaFileObject> entities() {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            StringBuilder fields = new StringBuilder();
            for (int r = 1; r <= REFERENCES; r++) {
                fields.append("    @ManyToOne private E").append((i + r) % REFERENCES).append(" ref").append(r).append(";\n");
            }
            sources.add(JavaFileObjects.forSourceString("big.E" + i, """
                    package big;

                    import jakarta.persistence.*;

                    @Entity
                    public class E%d {
                        @Id private Long id;
                        private int number;
                    %s}
                    """.formatted(i, fields)));
        }
        return sources;
    }

    private static ManifestFile.Line only(ManifestFile.Contents manifest) {
        assertThat(manifest.lines()).hasSize(1);
        return manifest.lines().get(0);
    }

    /** Runs {@code up} or {@code down} on the connection in one transaction, as the runtime does; returns what ran. */
    private static List<String> run(ClassLoader loader, String method, Connection connection) throws Exception {
        Class<?> contextType = loader.loadClass("dev.mifty.runtime.MigrationContext");
        List<String> ran = new ArrayList<>();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            Object context = Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, (proxy, m, args) -> {
                if (!m.getName().equals("execute")) {
                    throw new UnsupportedOperationException(m.getName());
                }
                statement.execute((String) args[0]);
                ran.add((String) args[0]);
                return null;
            });
            Object migration = loader.loadClass(MIGRATION).getConstructor().newInstance();
            migration.getClass().getMethod(method, contextType).invoke(migration, context);
        }
        connection.commit();
        connection.setAutoCommit(true);
        return ran;
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
