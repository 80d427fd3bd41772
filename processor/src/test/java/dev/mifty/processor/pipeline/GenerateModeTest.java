package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.mifty.schema.testing.TestDatabases;

/**
 * Mode generate end to end: entities -> migration in the source tree and through the Filer ->
 * snapshot -> manifest; the generated classes are loaded and run against PostgreSQL.
 */
class GenerateModeTest {

    @TempDir
    Path dir;

    @Test
    void firstBuildGeneratesCompilesAndRunsTheMigrationSecondBuildWritesNothing() throws Exception {
        ShopProject project = new ShopProject(dir);
        Compilation first = project.build(ShopProject.customer("    private String name;"));
        assertThat(first).succeeded();
        assertThat(project.migrations()).extracting(p -> p.getFileName().toString())
                .containsExactly("V20261124153000_CreateCustomers.java");
        assertThat(project.snapshot()).exists();
        assertThat(first).hadNoteContaining("[mifty] generated migration src/main/java/shop/model/migrations/"
                + "V20261124153000_CreateCustomers.java and updated src/main/resources/db/mifty/schema.json");
        assertThat(first).hadNoteContaining("+ table customers");
        // the same build compiled it (Filer copy), and the manifest lists it
        String migration = "shop.model.migrations.V20261124153000_CreateCustomers";
        assertThat(first.generatedSourceFile(migration)).isPresent();
        assertThat(first.generatedSourceFile(migration).get().getCharContent(true).toString())
                .isEqualTo(Files.readString(project.migrations().get(0)));
        assertThat(MiftyCompiler.classOutputResource(first, "META-INF/mifty/schema.json"))
                .isEqualTo(Files.readString(project.snapshot()));

        ClassLoader loader = MiftyCompiler.loader(first);
        List<?> listed = MiftyCompiler.manifest(first).lines();
        assertThat(listed).hasSize(1);
        assertThat(HandWrittenMigrationsTest.field(listed.get(0), "className")).isEqualTo(migration);
        assertThat(HandWrittenMigrationsTest.field(listed.get(0), "name")).isEqualTo("create_customers");
        try (Connection connection = TestDatabases.connect(TestDatabases.newDatabase())) {
            MiftyCompiler.run(loader, migration, "up", connection);
            assertThat(columns(connection, "customers")).containsExactly("id", "name");
            MiftyCompiler.run(loader, migration, "down", connection);
            assertThat(HandWrittenMigrationsTest.tableExists(connection, "customers")).isFalse();
        }

        // second build, nothing changed: nothing written, the migration now comes from the source tree
        Files.setLastModifiedTime(project.snapshot(), FileTime.fromMillis(0));
        Compilation second = project.build(ShopProject.customer("    private String name;"));
        assertThat(second).succeededWithoutWarnings();
        assertThat(second.notes().stream().map(d -> d.getMessage(null))).noneMatch(m -> m.contains("generated migration"));
        assertThat(project.migrations()).hasSize(1);
        assertThat(Files.getLastModifiedTime(project.snapshot())).isEqualTo(FileTime.fromMillis(0));
        // (compile-testing lists an empty entry for the stale-copy probe; nothing was written into it)
        assertThat(generatedText(second, migration)).isEmpty();
        List<?> again = MiftyCompiler.manifest(second).lines();
        assertThat(HandWrittenMigrationsTest.field(again.get(0), "checksum"))
                .isEqualTo(HandWrittenMigrationsTest.field(listed.get(0), "checksum"));
    }

    @Test
    void statementsAreTextBlocksWithIdentifiersQuotedOnlyWhereNeeded() throws Exception {
        ShopProject modern = new ShopProject(dir);
        assertThat(modern.build(ShopProject.customer("    @Column(name = \"\\\"Full Name\\\"\") private String name;")))
                .succeeded();
        String blocks = Files.readString(modern.migrations().get(0));
        assertThat(blocks).contains("""
                    public static final String UP_1 = \"""
                            CREATE TABLE customers (
                                id bigint NOT NULL,
                                "Full Name" varchar(255),
                                CONSTRAINT customers_pkey PRIMARY KEY (id)
                            )\""";
                """).contains("public static final String DOWN_1 = \"DROP TABLE customers\";");
    }

    @Test
    void theDiagramBesideTheSnapshotIsRewrittenOnlyWhenTheModelChangesAndCanBeTurnedOff(@TempDir Path off)
            throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(ShopProject.customer("    private String name;"), ShopProject.order())).succeeded();
        Path diagram = project.snapshot().resolveSibling("schema.md");
        assertThat(Files.readString(diagram)).contains("```mermaid\nerDiagram\n", "    customers {\n",
                "        bigint id PK\n", "        bigint customer_id FK\n",
                "    customers |o--o{ orders : \"orders_customer_id_fkey\"\n").endsWith("```\n");

        Files.setLastModifiedTime(diagram, FileTime.fromMillis(0));
        assertThat(project.build(ShopProject.customer("    private String name;"), ShopProject.order())).succeeded();
        assertThat(Files.getLastModifiedTime(diagram)).as("steady build").isEqualTo(FileTime.fromMillis(0));

        assertThat(project.build(ShopProject.customer("    private String name;\n    private String phone;"),
                ShopProject.order())).succeeded();
        assertThat(Files.readString(diagram)).contains("        varchar(255) phone\n");

        ShopProject without = new ShopProject(off);
        assertThat(without.build(List.of("-Amifty.diagram=false"), ShopProject.customer("    private String name;")))
                .succeeded();
        assertThat(without.snapshot()).exists();
        assertThat(without.snapshot().resolveSibling("schema.md")).doesNotExist();
    }

    @Test
    void evolutionAddRenameAndNewTableEachRunOnTheLastWithDataKept() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(ShopProject.customer("    private String name;"))).succeeded();
        assertThat(project.build(ShopProject.customer("    private String name;\n    private String phone;")))
                .succeeded();
        Compilation renamed = project.build(ShopProject.customer(
                "    private String name;\n    @RenamedFrom(\"phone\")\n    private String mobile;"));
        assertThat(renamed).succeeded();
        assertThat(renamed).hadNoteContaining("~ customers.phone -> mobile");
        Compilation withOrders = project.build(ShopProject.customer(
                "    private String name;\n    @RenamedFrom(\"phone\")\n    private String mobile;"), ShopProject.order());
        assertThat(withOrders).succeeded();
        assertThat(project.migrations()).extracting(p -> p.getFileName().toString()).containsExactly(
                "V20261124153000_CreateCustomers.java",
                "V20261124153001_AddPhoneToCustomers.java",
                "V20261124153002_RenamePhoneToMobileInCustomers.java",
                "V20261124153003_CreateOrders.java");

        ClassLoader loader = MiftyCompiler.loader(withOrders);
        List<?> listed = MiftyCompiler.manifest(withOrders).lines();
        assertThat(listed).hasSize(4);
        try (Connection connection = TestDatabases.connect(TestDatabases.newDatabase())) {
            for (int i = 0; i < 4; i++) {
                MiftyCompiler.run(loader, ShopProject.className(project.migrations().get(i)), "up", connection);
                if (i == 1) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("insert into customers (id, name, phone) values (1, 'Ada', '555-0100')");
                    }
                }
            }
            assertThat(columns(connection, "customers")).containsExactly("id", "name", "mobile");
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select mobile from customers")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("555-0100");
            }
            assertThat(columns(connection, "orders")).containsExactlyInAnyOrder("id", "customer_id");
            for (int i = 3; i >= 0; i--) {
                MiftyCompiler.run(loader, ShopProject.className(project.migrations().get(i)), "down", connection);
            }
            assertThat(HandWrittenMigrationsTest.tableExists(connection, "customers")).isFalse();
            assertThat(HandWrittenMigrationsTest.tableExists(connection, "orders")).isFalse();
        }
    }

    @Test
    void renamedFromOnAnEntityRenamesTheTableAndKeepsItsRows() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(ShopProject.customer("    private String name;"))).succeeded();
        Compilation renamed = project.build(com.google.testing.compile.JavaFileObjects.forSourceString(
                "shop.model.Customer", """
                package shop.model;

                import dev.mifty.annotations.RenamedFrom;
                import jakarta.persistence.*;

                @Entity
                @Table(name = "clients")
                @RenamedFrom("customers")
                public class Customer {
                    @Id
                    private Long id;

                    private String name;
                }
                """));
        assertThat(renamed).succeededWithoutWarnings();
        assertThat(renamed).hadNoteContaining("~ table customers -> clients");
        assertThat(project.migrations()).extracting(p -> p.getFileName().toString())
                .contains("V20261124153001_RenameCustomersToClients.java");
        ClassLoader loader = MiftyCompiler.loader(renamed);
        try (Connection connection = TestDatabases.connect(TestDatabases.newDatabase())) {
            MiftyCompiler.run(loader, ShopProject.className(project.migrations().get(0)), "up", connection);
            try (Statement s = connection.createStatement()) {
                s.execute("insert into customers (id, name) values (7, 'Grace')");
            }
            MiftyCompiler.run(loader, ShopProject.className(project.migrations().get(1)), "up", connection);
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select name from clients")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Grace");
            }
            MiftyCompiler.run(loader, ShopProject.className(project.migrations().get(1)), "down", connection);
            assertThat(HandWrittenMigrationsTest.tableExists(connection, "customers")).isTrue();
        }
    }

    @Test
    void nameOptionNamesTheMigration() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(List.of("-Amifty.name=initial_shop"), ShopProject.customer(""))).succeeded();
        assertThat(project.migrations()).extracting(p -> p.getFileName().toString())
                .containsExactly("V20261124153000_InitialShop.java");
    }

    @Test
    void sourceDirSnapshotAndPackageOptionsMoveTheFiles() throws Exception {
        ShopProject project = new ShopProject(dir);
        Compilation compilation = project.build(List.of("-Amifty.sourceDir=gen/java", "-Amifty.snapshot=db/schema.json",
                "-Amifty.migrationsPackage=shop.db"), ShopProject.customer(""));
        assertThat(compilation).succeeded();
        assertThat(dir.resolve("gen/java/shop/db/V20261124153000_CreateCustomers.java")).exists();
        assertThat(dir.resolve("db/schema.json")).exists();
        assertThat(MiftyCompiler.manifest(compilation).packageName()).isEqualTo("shop.db");
    }

    @Test
    void namingOptionReachesTheModel() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(List.of("-Amifty.naming=jpa"), ShopProject.customer("    private String fullName;")))
                .succeeded();
        assertThat(Files.readString(project.snapshot())).contains("\"fullname\"");
        ShopProject snake = new ShopProject(Files.createDirectories(dir.resolve("snake")));
        assertThat(snake.build(ShopProject.customer("    private String fullName;"))).succeeded();
        assertThat(Files.readString(snake.snapshot())).contains("\"full_name\"");
    }

    static String generatedText(Compilation compilation, String className) {
        return compilation.generatedSourceFile(className).map(file -> {
            try {
                return file.getCharContent(true).toString();
            } catch (Exception e) {
                return "";
            }
        }).orElse("");
    }

    static List<String> columns(Connection connection, String table) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, "public", table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }
}
