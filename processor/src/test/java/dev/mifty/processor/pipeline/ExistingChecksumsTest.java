package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mifty.schema.source.ManifestFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations written by earlier Mifty versions keep their checksums: the committed migrations of
 * the example app, compiled as they are, get the checksums Mifty 0.1 (before migrations could be
 * split into parts) recorded for them.
 */
class ExistingChecksumsTest {

    private static final Path MIGRATIONS = Path.of("..", "example-app", "src", "main", "java", "dev", "mifty",
            "example", "migrations");

    /** Computed by the processor on main at 87880f9, before the writer could split a migration. */
    private static final Map<String, String> EARLIER = Map.of(
            "dev.mifty.example.migrations.V20261124165044_InitialSchema", "e4e30834a135b14f",
            "dev.mifty.example.migrations.V20261124165053_RenamePhoneAddReviews", "6c8db9f866d8126c",
            "dev.mifty.example.migrations.V20261124165056_NormalizeCustomerEmails", "23c203d196929d1b");

    @TempDir
    Path project;

    @Test
    void exampleAppMigrationsKeepTheirChecksums() throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("V")).sorted().toList()) {
                String simple = file.getFileName().toString().replace(".java", "");
                sources.add(JavaFileObjects.forSourceString("dev.mifty.example.migrations." + simple,
                        Files.readString(file)));
            }
        }
        Compilation compilation = MiftyCompiler.compile(project, MiftyCompiler.CLOCK, List.of(), sources);
        assertThat(compilation).succeeded();
        Map<String, String> checksums = new LinkedHashMap<>();
        for (ManifestFile.Line line : MiftyCompiler.manifest(compilation).lines()) {
            checksums.put(line.className(), line.checksum());
        }
        assertThat(checksums).isEqualTo(EARLIER);
    }
}
