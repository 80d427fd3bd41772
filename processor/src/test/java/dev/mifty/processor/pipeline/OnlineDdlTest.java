package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -Amifty.onlineDdl=true: changes to existing tables in their online form, in a non-transactional migration. */
class OnlineDdlTest {

    @TempDir
    Path dir;

    private static JavaFileObject changedCustomer() {
        return ErrorsAndWarningsTest.JavaFileObjectsHelper.customerWithTable(
                "@Table(name = \"customers\", indexes = @Index(name = \"idx_customers_email\", columnList = \"email\"))",
                "    private String name;\n    @Column(nullable = false, unique = true)\n    private String email;");
    }

    @Test
    void indexesUniqueAndNotNullOnAnExistingTableAreWrittenOnline() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(ShopProject.customer("    private String name;\n    private String email;"))).succeeded();
        Compilation online = project.build(List.of("-Amifty.onlineDdl=true"), changedCustomer(), ShopProject.order());
        assertThat(online).succeeded();
        // the safe forms are used, so the locking warnings are not given
        assertThat(online.warnings().stream().map(d -> d.getMessage(null)).toList())
                .noneMatch(m -> m.contains("[mifty:locks-writes] index idx_customers_email"))
                .noneMatch(m -> m.contains("SET NOT NULL scans the table"));
        assertThat(project.migrations()).hasSize(2);
        String source = Files.readString(project.migrations().get(1));
        assertThat(source)
                .containsPattern("CREATE INDEX CONCURRENTLY IF NOT EXISTS \\W*idx_customers_email\\W* ON")
                .contains("UNIQUE USING INDEX")
                .contains("IS NOT NULL) NOT VALID")
                .contains("VALIDATE CONSTRAINT")
                .contains("SET NOT NULL")
                .contains("public boolean transactional()")
                .contains("DROP INDEX CONCURRENTLY IF EXISTS");
        // the new table's foreign key to the existing one: the new table is plain, the foreign key online
        assertThat(source).contains("CREATE TABLE").contains("NOT VALID");
    }

    @Test
    void withoutTheOptionTheWarningsNameTheSafeForm() throws Exception {
        ShopProject project = new ShopProject(dir);
        assertThat(project.build(ShopProject.customer("    private String name;\n    private String email;"))).succeeded();
        JavaFileObject changed = changedCustomer();
        Compilation plain = project.build(changed);
        assertThat(plain).succeeded();
        assertThat(plain).hadWarningContaining("the safe form is CREATE INDEX CONCURRENTLY in a non-transactional"
                + " migration: build with -Amifty.onlineDdl=true").inFile(changed).onLineContaining("private String email;");
        assertThat(plain).hadWarningContaining("adds CHECK (email IS NOT NULL) NOT VALID, VALIDATEs it, then sets NOT NULL");
        assertThat(plain).hadWarningContaining("builds a unique index CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX");
        String source = Files.readString(project.migrations().get(1));
        assertThat(source).doesNotContain("CONCURRENTLY").doesNotContain("transactional()");
    }

    @Test
    void aBadValueIsAnError() throws Exception {
        ShopProject project = new ShopProject(dir);
        Compilation bad = project.build(List.of("-Amifty.onlineDdl=yes"), ShopProject.customer("    private String name;"));
        assertThat(bad).failed();
        assertThat(bad).hadErrorContaining("mifty.onlineDdl");
    }
}
