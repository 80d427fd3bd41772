package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mifty.schema.source.Checksums;
import dev.mifty.schema.testing.TestDatabases;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import dev.mifty.schema.source.ManifestFile;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compilations without entities: hand-written (and committed generated) migrations and the manifest. */
class HandWrittenMigrationsTest {

    @TempDir
    Path project;

    static final String SEED = """
            package shop.migrations;

            import dev.mifty.annotations.Migration;
            import dev.mifty.runtime.MigrationContext;

            @Migration(version = "20260101000000", name = "create_seed")
            public class V20260101000000_CreateSeed implements dev.mifty.runtime.Migration {
                @Override
                public void up(MigrationContext context) throws Exception {
                    context.execute("create table seed (id int primary key)");
                }

                @Override
                public void down(MigrationContext context) throws Exception {
                    context.execute("drop table seed");
                }
            }
            """;

    static JavaFileObject source(String className, String text) {
        return JavaFileObjects.forSourceString(className, text);
    }

    static JavaFileObject generated(String simpleName, String version, String from, String... statements) {
        StringBuilder constants = new StringBuilder();
        for (int i = 0; i < statements.length; i++) {
            constants.append("    public static final String UP_").append(i + 1).append(" = \"")
                    .append(statements[i]).append("\";\n");
        }
        return source("shop.migrations." + simpleName, """
                package shop.migrations;

                import dev.mifty.runtime.MigrationContext;

                @dev.mifty.annotations.Migration(version = "%s", name = "step", generated = true, from = "%s", to = "x%s")
                public final class %s implements dev.mifty.runtime.Migration {
                %s
                    public void up(MigrationContext context) throws Exception {
                    }

                    public void down(MigrationContext context) throws Exception {
                    }
                }
                """.formatted(version, from, version, simpleName, constants));
    }

    @Test
    void manifestListsEveryMigrationInVersionOrderWithChecksumsAndRuns() throws Exception {
        Compilation compilation = MiftyCompiler.compile(project, List.of(),
                generated("V20260201000000_Step", "20260201000000", "h1", "create table a (id int)", "drop table a"),
                source("shop.migrations.V20260101000000_CreateSeed", SEED));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFile("shop.migrations.MiftyManifest"))
                .as("the manifest is a resource, not a class: no extra javac round").isEmpty();
        ManifestFile.Contents manifest = MiftyCompiler.manifest(compilation);
        assertThat(manifest.packageName()).isEqualTo("shop.migrations");
        List<ManifestFile.Line> migrations = manifest.lines();
        assertThat(migrations).hasSize(2);
        assertThat(migrations.get(0).version()).isEqualTo("20260101000000");
        assertThat(migrations.get(0).name()).isEqualTo("create_seed");
        assertThat(migrations.get(0).generated()).isFalse();
        assertThat(migrations.get(0).checksum()).isEqualTo(Checksums.ofSource(SEED));
        assertThat(migrations.get(0).className()).isEqualTo("shop.migrations.V20260101000000_CreateSeed");
        assertThat(migrations.get(1).version()).isEqualTo("20260201000000");
        assertThat(migrations.get(1).generated()).isTrue();
        assertThat(migrations.get(1).checksum())
                .isEqualTo(Checksums.ofStatements(List.of("create table a (id int)", "drop table a")));

        // the listed class is the migration, which runs against PostgreSQL
        ClassLoader loader = MiftyCompiler.loader(compilation);
        Object seed = loader.loadClass(migrations.get(0).className()).getConstructor().newInstance();
        assertThat(seed.getClass().getName()).isEqualTo("shop.migrations.V20260101000000_CreateSeed");
        try (Connection connection = TestDatabases.connect(TestDatabases.newDatabase())) {
            MiftyCompiler.run(loader, seed.getClass().getName(), "up", connection);
            assertThat(tableExists(connection, "seed")).isTrue();
            MiftyCompiler.run(loader, seed.getClass().getName(), "down", connection);
            assertThat(tableExists(connection, "seed")).isFalse();
        }
    }

    @Test
    void theChecksumOfAGeneratedMigrationChangesWhenAStatementIsEdited() throws Exception {
        Compilation original = MiftyCompiler.compile(project, List.of(),
                generated("V20260201000000_Step", "20260201000000", "h1", "create table a (id int)"));
        Compilation reformatted = MiftyCompiler.compile(project, List.of(),
                generated("V20260201000000_Step", "20260201000000", "h1", "create   table a  (id int) "));
        Compilation edited = MiftyCompiler.compile(project, List.of(),
                generated("V20260201000000_Step", "20260201000000", "h1", "create table a (id bigint)"));
        assertThat(checksum(reformatted)).isEqualTo(checksum(original));
        assertThat(checksum(edited)).isNotEqualTo(checksum(original));
    }

    @Test
    void twoMigrationsWithOneVersionAreAnErrorNamingBoth() {
        Compilation compilation = MiftyCompiler.compile(project, List.of(),
                source("shop.migrations.V20260101000000_CreateSeed", SEED),
                generated("V20260101000000_Other", "20260101000000", "h1", "select 1"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[mifty:duplicate-version] migrations shop.migrations.V20260101000000_CreateSeed"
                + " and shop.migrations.V20260101000000_Other have the same version 20260101000000");
    }

    @Test
    void twoGeneratedMigrationsFromOneSnapshotAreAnErrorNamingBoth() {
        Compilation compilation = MiftyCompiler.compile(project, List.of(),
                generated("V20260201000000_Left", "20260201000000", "same", "select 1"),
                generated("V20260202000000_Right", "20260202000000", "same", "select 2"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[mifty:diverged-migrations] migrations shop.migrations."
                        + "V20260201000000_Left and shop.migrations.V20260202000000_Right were both generated from the same snapshot")
                .inFile(compilationSource(compilation, "V20260202000000_Right"))
                .onLineContaining("public final class V20260202000000_Right");
    }

    @Test
    void aMigrationThatCannotBeInstantiatedIsAnErrorOnIt() {
        JavaFileObject hidden = source("shop.migrations.V1_Hidden", """
                package shop.migrations;

                @dev.mifty.annotations.Migration(version = "1", name = "hidden")
                class V1_Hidden implements dev.mifty.runtime.Migration {
                    public void up(dev.mifty.runtime.MigrationContext c) {}
                    public void down(dev.mifty.runtime.MigrationContext c) {}
                }
                """);
        Compilation compilation = MiftyCompiler.compile(project, List.of(), hidden);
        assertThat(compilation).hadErrorContaining("[mifty:bad-migration] migration shop.migrations.V1_Hidden must be"
                + " a public, non-abstract top-level (or static nested) class").inFile(hidden).onLineContaining("@dev.mifty.annotations.Migration(version = \"1\"");
    }

    @Test
    void invalidOptionValuesAreClearErrors() {
        Compilation compilation = MiftyCompiler.compile(project, List.of("-Amifty.mode=sometimes",
                "-Amifty.naming=kebab", "-Amifty.strict=yes", "-Amifty.migrationsPackage=1bad", "-Amifty.name=add phone"),
                source("shop.migrations.V20260101000000_CreateSeed", SEED));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[mifty:invalid-option] invalid value 'sometimes' for -Amifty.mode:"
                + " expected generate, check or off");
        assertThat(compilation).hadErrorContaining("invalid value 'kebab' for -Amifty.naming: expected snake_case or jpa");
        assertThat(compilation).hadErrorContaining("invalid value 'yes' for -Amifty.strict: expected true or false");
        assertThat(compilation).hadErrorContaining("invalid value '1bad' for -Amifty.migrationsPackage");
        assertThat(compilation).hadErrorContaining("invalid value 'add phone' for -Amifty.name");
    }

    @Test
    void modeOffStillEmitsTheManifestAndShipsTheCommittedSnapshot() throws Exception {
        java.nio.file.Files.createDirectories(project.resolve("src/main/resources/db/mifty"));
        java.nio.file.Files.writeString(project.resolve("src/main/resources/db/mifty/schema.json"), "{ \"committed\": 1 }\n");
        Compilation compilation = MiftyCompiler.compile(project, List.of("-Amifty.mode=off"),
                source("shop.migrations.V20260101000000_CreateSeed", SEED));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(MiftyCompiler.manifest(compilation).lines()).extracting(ManifestFile.Line::version)
                .containsExactly("20260101000000");
        assertThat(MiftyCompiler.classOutputResource(compilation, "META-INF/mifty/schema.json"))
                .isEqualTo("{ \"committed\": 1 }\n");
    }

    @Test
    void aCustomMigrationsPackageIsNamedInTheManifest() throws Exception {
        Compilation compilation = MiftyCompiler.compile(project, List.of("-Amifty.migrationsPackage=shop.db"),
                source("shop.migrations.V20260101000000_CreateSeed", SEED));
        assertThat(compilation).succeeded();
        assertThat(MiftyCompiler.manifest(compilation).packageName()).isEqualTo("shop.db");
    }

    private static JavaFileObject compilationSource(Compilation compilation, String simpleName) {
        return compilation.sourceFiles().stream().filter(f -> f.getName().endsWith(simpleName + ".java"))
                .findFirst().orElseThrow();
    }

    private static Object checksum(Compilation compilation) throws Exception {
        assertThat(compilation).succeeded();
        return MiftyCompiler.manifest(compilation).lines().get(0).checksum();
    }

    static Object field(Object record, String name) throws Exception {
        Method accessor = record.getClass().getMethod(name);
        return accessor.invoke(record);
    }

    static boolean tableExists(Connection connection, String table) throws Exception {
        try (ResultSet rs = connection.getMetaData().getTables(null, "public", table, null)) {
            return rs.next();
        }
    }
}
