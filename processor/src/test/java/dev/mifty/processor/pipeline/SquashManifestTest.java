package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mifty.schema.source.ManifestFile;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Migration(replaces = ...)}: the manifest's replaces column, the squash's place, and version order. */
class SquashManifestTest {

    @TempDir
    Path project;

    private static JavaFileObject migration(String version, String name, String extra) {
        String simple = dev.mifty.schema.source.MigrationSourceWriter.className(version, name);
        return JavaFileObjects.forSourceString("shop.migrations." + simple, """
                package shop.migrations;

                @dev.mifty.annotations.Migration(version = "%s", name = "%s"%s)
                public final class %s implements dev.mifty.runtime.Migration {
                    public static final String UP_1 = "select 1";

                    public void up(dev.mifty.runtime.MigrationContext context) throws Exception {
                    }

                    public void down(dev.mifty.runtime.MigrationContext context) throws Exception {
                    }
                }
                """.formatted(version, name, extra, simple));
    }

    @Test
    void theSquashIsListedRightAfterWhatItReplacesWithItsReplacesColumn() throws Exception {
        // the squash follows the same empty snapshot as the first generated migration: not two merged branches
        Compilation compilation = MiftyCompiler.compile(project, List.of(),
                migration("20260101000001", "first", ", generated = true, from = \"empty\", to = \"a\""),
                migration("20260101000002", "second", ", generated = true, from = \"a\", to = \"b\""),
                migration("20260101000002.1", "squashed", ", generated = true, from = \"empty\", to = \"b\","
                        + " replaces = \"20260101000002\""),
                migration("20260101000003", "third", ""));
        assertThat(compilation).succeededWithoutWarnings();
        List<ManifestFile.Line> lines = MiftyCompiler.manifest(compilation).lines();
        assertThat(lines).extracting(ManifestFile.Line::version)
                .containsExactly("20260101000001", "20260101000002", "20260101000002.1", "20260101000003");
        assertThat(lines).extracting(ManifestFile.Line::replacesUpTo).containsExactly(null, null, "20260101000002", null);
        assertThat(lines.get(2).className()).isEqualTo("shop.migrations.V20260101000002_1_Squashed");
        assertThat(MiftyCompiler.classOutputResource(compilation, ManifestFile.RESOURCE))
                .contains("shop.migrations.V20260101000002_1_Squashed\treplaces=20260101000002\n");
    }

    @Test
    void numericVersionsAreListedInNumericOrder() throws Exception {
        Compilation compilation = MiftyCompiler.compile(project, List.of(),
                migration("10", "ten", ""), migration("9", "nine", ""), migration("9.1", "nine_squashed", ", replaces = \"9\""));
        assertThat(compilation).succeeded();
        assertThat(MiftyCompiler.manifest(compilation).lines()).extracting(ManifestFile.Line::version)
                .containsExactly("9", "9.1", "10");
    }

    @Test
    void aSquashWithAMigrationBetweenItAndWhatItReplacesIsAnErrorOnIt() {
        JavaFileObject squash = migration("20260101000004", "squashed", ", replaces = \"20260101000002\"");
        Compilation compilation = MiftyCompiler.compile(project, List.of(),
                migration("20260101000002", "second", ""), migration("20260101000003", "third", ""), squash);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[mifty:bad-migration] migration shop.migrations.V20260101000004_Squashed"
                        + " replaces the migrations up to 20260101000002 but shop.migrations.V20260101000003_Third lies between them")
                .inFile(squash).onLineContaining("public final class V20260101000004_Squashed");
    }

    @Test
    void aSquashThatReplacesItsOwnVersionOrLaterIsAnErrorOnIt() {
        JavaFileObject squash = migration("20260101000002", "squashed", ", replaces = \"20260101000003\"");
        Compilation compilation = MiftyCompiler.compile(project, List.of(), squash);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("replaces '20260101000003', which is not a version before its own")
                .inFile(squash).onLineContaining("@dev.mifty.annotations.Migration");
    }
}
