package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.mifty.processor.MiftyProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mode check, likely renames, safety warnings (and strict), bad snapshots, internal errors. */
class ErrorsAndWarningsTest {

    @TempDir
    Path dir;

    static final String NAME_AND_PHONE = "    private String name;\n    private String phone;";

    @Test
    void checkModeFailsWithThePendingSqlAndWritesNothing() throws Exception {
        ShopProject project = new ShopProject(dir);
        Compilation compilation = project.build(List.of("-Amifty.mode=check"), ShopProject.customer(NAME_AND_PHONE));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[mifty:pending-changes] the entities differ from the snapshot"
                + " src/main/resources/db/mifty/schema.json (mifty.mode=check)");
        assertThat(compilation).hadErrorContaining("CREATE TABLE");
        assertThat(compilation).hadErrorContaining("customers");
        assertThat(project.migrations()).isEmpty();
        assertThat(project.snapshot()).doesNotExist();
    }

    @Test
    void checkModePassesWhenTheSnapshotIsUpToDate() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(ShopProject.customer(NAME_AND_PHONE))).succeeded();
        Compilation check = project.build(List.of("-Amifty.mode=check"), ShopProject.customer(NAME_AND_PHONE));
        assertThat(check).succeededWithoutWarnings();
        assertThat(MiftyCompiler.classOutputResource(check, "META-INF/mifty/migrations")).contains("package\tshop.model.migrations\n");
    }

    @Test
    void modeOffReadsNoEntitiesAndWritesNothing() throws Exception {
        ShopProject project = new ShopProject(dir);
        Compilation off = project.build(List.of("-Amifty.mode=off"), ShopProject.customer(NAME_AND_PHONE));
        assertThat(off).succeededWithoutWarnings();
        assertThat(project.migrations()).isEmpty();
        assertThat(project.snapshot()).doesNotExist();
        assertThat(MiftyCompiler.classOutputResource(off, "META-INF/mifty/migrations")).contains("package\tshop.model.migrations\n");
    }

    @Test
    void aLikelyRenameIsAnErrorOnTheNewFieldSayingHowToRenameOrConfirm() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(ShopProject.customer(NAME_AND_PHONE))).succeeded();
        JavaFileObject renamed = ShopProject.customer("    private String name;\n    private String mobile;");
        Compilation compilation = project.build(renamed);
        assertThat(compilation).hadErrorContaining("[mifty:likely-rename] column phone was removed from customers"
                        + " and mobile of the same type was added: if it is a rename, annotate the new field with"
                        + " @RenamedFrom(\"phone\")")
                .inFile(renamed).onLineContaining("private String mobile;");
        assertThat(compilation).hadErrorContaining("-Amifty.allowDrop=customers.phone");
        assertThat(project.migrations()).hasSize(1);

        // confirmed: drop + add, and the confirmed drop is not warned
        Compilation confirmed = project.build(List.of("-Amifty.allowDrop=customers.phone"), renamed);
        assertThat(confirmed).succeededWithoutWarnings();
        assertThat(project.migrations()).hasSize(2);
        assertThat(Files.readString(project.migrations().get(1))).contains("DROP COLUMN", "ADD COLUMN");
    }

    @Test
    void droppingAColumnIsADataLossWarningOnTheEntityAndAnErrorWhenStrict() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(ShopProject.customer("    private String name;\n    private int visits;"))).succeeded();
        JavaFileObject without = ShopProject.customer("    private String name;");
        Compilation strict = project.build(List.of("-Amifty.strict=true"), without);
        assertThat(strict).hadErrorContaining("[mifty:data-loss] this migration drops column customers.visits and its data"
                + " (an error because mifty.strict=true)").inFile(without).onLineContaining("public class Customer");
        assertThat(project.migrations()).hasSize(1);

        Compilation lenient = project.build(without);
        assertThat(lenient).succeeded();
        assertThat(lenient).hadWarningContaining("[mifty:data-loss] this migration drops column customers.visits")
                .inFile(without).onLineContaining("public class Customer");
        assertThat(project.migrations()).hasSize(2);
    }

    @Test
    void narrowingNotNullAndIndexesOnExistingTablesAreWarningsOnTheirFields() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(ShopProject.customer("    private String name;\n    private String email;"))).succeeded();
        JavaFileObject changed = JavaFileObjectsHelper.customerWithTable(
                "@Table(name = \"customers\", indexes = @Index(name = \"idx_customers_email\", columnList = \"email\"))",
                "    @Column(length = 100)\n    private String name;\n    @Column(nullable = false, unique = true)\n"
                        + "    private String email;");
        Compilation compilation = project.build(changed);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[mifty:narrowing] column customers.name narrows from varchar(255)"
                + " to varchar(100)").inFile(changed).onLineContaining("private String name;");
        assertThat(compilation).hadWarningContaining("[mifty:new-constraint] column customers.email becomes NOT NULL")
                .inFile(changed).onLineContaining("private String email;");
        assertThat(compilation).hadWarningContaining("[mifty:new-constraint] unique constraint")
                .inFile(changed).onLineContaining("private String email;");
        assertThat(compilation).hadWarningContaining("[mifty:locks-writes] index idx_customers_email is created on the"
                + " existing table customers").inFile(changed).onLineContaining("private String email;");
    }

    @Test
    void aMalformedSnapshotIsAnErrorNamingFileLineAndColumn() throws Exception {
        ShopProject project = new ShopProject(dir);
        Files.createDirectories(project.snapshot().getParent());
        Files.writeString(project.snapshot(), "{\n  \"formatVersion\": 1,\n  \"tables\": [ oops ]\n}\n");
        Compilation compilation = project.build(ShopProject.customer(NAME_AND_PHONE));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[mifty:bad-snapshot] malformed schema snapshot"
                + " src/main/resources/db/mifty/schema.json:3:");
        assertThat(project.migrations()).isEmpty();
    }

    @Test
    void aBlankSnapshotIsAnErrorNotTheEmptySchema() throws Exception {
        ShopProject project = new ShopProject(dir);
        Files.createDirectories(project.snapshot().getParent());
        Files.writeString(project.snapshot(), "\n");
        Compilation compilation = project.build(ShopProject.customer(NAME_AND_PHONE));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[mifty:bad-snapshot] malformed schema snapshot"
                + " src/main/resources/db/mifty/schema.json:");
        assertThat(project.migrations()).isEmpty();
        assertThat(Files.readString(project.snapshot())).isEqualTo("\n");
    }

    @Test
    void anInternalErrorIsReportedNotThrown() throws Exception {
        Clock broken = new Clock() {
            public ZoneId getZone() { return ZoneId.of("UTC"); }
            public Clock withZone(ZoneId zone) { return this; }
            public Instant instant() { throw new IllegalStateException("the clock is broken"); }
        };
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new MiftyProcessor(broken))
                .withOptions("-Amifty.projectDir=" + dir)
                .compile(ShopProject.customer(NAME_AND_PHONE));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[mifty:internal] internal error in the Mifty processor:"
                + " java.lang.IllegalStateException: the clock is broken. Please report it");
        assertThat(compilation).hadErrorContaining("at dev.mifty.processor");
    }

    @Test
    void withoutProjectDirAndWithoutABuildFileTheErrorSaysWhatToPass() {
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new MiftyProcessor(MiftyCompiler.CLOCK))
                .compile(ShopProject.customer(NAME_AND_PHONE));
        assertThat(compilation).hadErrorContaining("[mifty:no-project-dir]");
        assertThat(compilation).hadErrorContaining("pass -Amifty.projectDir=");
    }

    /** Customer with a custom {@code @Table}. */
    static final class JavaFileObjectsHelper {
        static JavaFileObject customerWithTable(String table, String body) {
            return com.google.testing.compile.JavaFileObjects.forSourceString("shop.model.Customer", """
                    package shop.model;

                    import jakarta.persistence.*;

                    @Entity
                    %s
                    public class Customer {
                        @Id
                        private Long id;

                    %s
                    }
                    """.formatted(table, body));
        }
    }
}
