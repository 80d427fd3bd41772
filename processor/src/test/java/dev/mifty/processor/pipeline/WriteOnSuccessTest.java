package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source tree gets the migration and the snapshot only from a compilation that succeeds. */
class WriteOnSuccessTest {

    @TempDir
    Path dir;

    @Test
    void anUnrelatedErrorLeavesTheSourceTreeAloneAndTheFixedBuildWritesBoth() throws Exception {
        ShopProject project = new ShopProject(dir);
        var broken = JavaFileObjects.forSourceString("shop.service.Totals", """
                package shop.service;

                public class Totals {
                    int total() {
                        return "many";
                    }
                }
                """);

        Compilation failed = project.build(ShopProject.customer("    private String name;"), broken);

        assertThat(failed).hadErrorContaining("incompatible types");
        assertThat(failed).hadNoteContaining("(written into the source tree when this compilation succeeds)");
        assertThat(project.migrations()).isEmpty();
        assertThat(project.snapshot()).doesNotExist();

        Compilation fixed = project.build(ShopProject.customer("    private String name;"));
        assertThat(fixed).succeeded();
        assertThat(project.migrations()).hasSize(1);
        assertThat(Files.readString(project.snapshot())).contains("customers");
    }
}
