package dev.mifty.processor.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import dev.mifty.processor.pipeline.MiftyCompiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ManifestWriterTest {

    @Test
    void aManifestOfHundredsOfMigrationsCompilesAndKeepsTheirOrder() throws Exception {
        int count = 600;
        List<ManifestWriter.Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new ManifestWriter.Entry(String.format("2026%010d", i), "step_" + i, i % 2 == 0,
                    "%016x".formatted(i), ClassName.get("shop.migrations", "Step")));
        }
        String manifest = new ManifestWriter().write("shop.migrations", entries, "META-INF/mifty/schema.json").toString();
        assertThat(manifest).contains("private static void part3(").doesNotContain("part4(");

        List<JavaFileObject> sources = new ArrayList<>(MiftyCompiler.runtimeApi());
        sources.add(JavaFileObjects.forSourceString("shop.migrations.MiftyManifest", manifest));
        sources.add(JavaFileObjects.forSourceString("shop.migrations.Step", """
                package shop.migrations;

                public class Step implements dev.mifty.runtime.Migration {
                    public void up(dev.mifty.runtime.MigrationContext context) {}
                    public void down(dev.mifty.runtime.MigrationContext context) {}
                }
                """));
        Compilation compilation = Compiler.javac().compile(sources);
        assertThat(compilation).succeeded();

        ClassLoader loader = MiftyCompiler.loader(compilation);
        Object instance = loader.loadClass("shop.migrations.MiftyManifest").getConstructor().newInstance();
        List<?> migrations = (List<?>) instance.getClass().getMethod("migrations").invoke(instance);
        assertThat(migrations).hasSize(count);
        assertThat(migrations.get(599).getClass().getMethod("name").invoke(migrations.get(599))).isEqualTo("step_599");
        assertThat(migrations.get(250).getClass().getMethod("version").invoke(migrations.get(250)))
                .isEqualTo("20260000000250");
    }
}
