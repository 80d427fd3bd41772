package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.mifty.schema.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -Amifty.defaultSchema: every table that names no schema lands in that schema, created by the migration. */
class DefaultSchemaTest {

    @TempDir
    Path dir;

    @Test
    void tablesSequencesAndForeignKeysGoToTheDefaultSchemaWhichTheMigrationCreatesAndDrops() throws Exception {
        ShopProject project = new ShopProject(dir);
        Compilation build = project.build(List.of("-Amifty.defaultSchema=library"),
                ShopProject.customer("    private String name;"), ShopProject.order());
        assertThat(build).succeeded();
        assertThat(project.migrations()).hasSize(1);
        String source = Files.readString(project.migrations().get(0));
        assertThat(source).contains("CREATE SCHEMA").contains("library.customers").contains("library.orders");
        assertThat(Files.readString(project.snapshot())).contains("library");

        String migration = ShopProject.className(project.migrations().get(0));
        ClassLoader loader = MiftyCompiler.loader(build);
        try (Connection connection = TestDatabases.connect(TestDatabases.newDatabase())) {
            MiftyCompiler.run(loader, migration, "up", connection);
            assertThat(tables(connection)).containsExactly("library.customers", "library.orders");
            assertThat(foreignKeyTargets(connection)).containsExactly("library.customers");
            MiftyCompiler.run(loader, migration, "down", connection);
            assertThat(tables(connection)).isEmpty();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 'library'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the schema the migration created is dropped by its down").isZero();
            }
        }

        // the same model built again: nothing to do
        Compilation again = project.build(List.of("-Amifty.defaultSchema=library"),
                ShopProject.customer("    private String name;"), ShopProject.order());
        assertThat(again).succeeded();
        assertThat(project.migrations()).hasSize(1);
    }

    @Test
    void publicIsTheConnectionsDefaultAndABadNameIsAnError() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(List.of("-Amifty.defaultSchema=public"), ShopProject.customer("    private String name;")))
                .succeeded();
        assertThat(Files.readString(project.migrations().get(0))).doesNotContain("SCHEMA").doesNotContain("public.");
        Compilation bad = project.build(List.of("-Amifty.defaultSchema=no such"), ShopProject.customer("    private String name;"));
        assertThat(bad).failed();
        assertThat(bad).hadErrorContaining("mifty.defaultSchema");
    }

    private static List<String> tables(Connection connection) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT schemaname || '.' || tablename FROM pg_tables"
                     + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> foreignKeyTargets(Connection connection) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT confrelid::regclass::text FROM pg_constraint WHERE contype = 'f'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
