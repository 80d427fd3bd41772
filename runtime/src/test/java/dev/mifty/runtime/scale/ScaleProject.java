package dev.mifty.runtime.scale;

import dev.mifty.processor.MiftyProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * An application as a user has it: one entity and N hand-written migrations in
 * {@code src/main/java}, compiled by javac (in process) with the Mifty processor, the way
 * {@code mvn compile} would. The first migration creates {@code scale_log}; each later one inserts
 * its number into it. The build also generates the entity's migration (one more, the newest).
 */
public final class ScaleProject {

    public static final String PACKAGE = "app.migrations";

    private final Path dir;
    private final int count;

    public ScaleProject(Path dir, int count) {
        this.dir = dir;
        this.count = count;
    }

    public static String version(int i) {
        return String.format(Locale.ROOT, "2025%010d", i);
    }

    /** Writes the sources: the entity and {@code count} migrations. */
    public ScaleProject write() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        Path model = Files.createDirectories(dir.resolve("src/main/java/app"));
        Files.writeString(model.resolve("Item.java"), """
                package app;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;

                @Entity
                public class Item {
                    @Id
                    private Long id;

                    private String name;
                }
                """);
        Path migrations = Files.createDirectories(dir.resolve("src/main/java/app/migrations"));
        for (int i = 1; i <= count; i++) {
            String up = i == 1 ? "CREATE TABLE scale_log (n integer PRIMARY KEY)" : "INSERT INTO scale_log (n) VALUES (" + i + ")";
            String down = i == 1 ? "DROP TABLE scale_log" : "DELETE FROM scale_log WHERE n = " + i;
            String name = "V" + version(i) + "_Step" + i;
            try (Writer out = Files.newBufferedWriter(migrations.resolve(name + ".java"), StandardCharsets.UTF_8)) {
                out.write("package " + PACKAGE + ";\n\n"
                        + "import dev.mifty.annotations.Migration;\n"
                        + "import dev.mifty.runtime.MigrationContext;\n\n"
                        + "@Migration(version = \"" + version(i) + "\", name = \"step_" + i + "\")\n"
                        + "public final class " + name + " implements dev.mifty.runtime.Migration {\n"
                        + "    @Override\n"
                        + "    public void up(MigrationContext context) throws Exception {\n"
                        + "        context.execute(\"" + up + "\");\n"
                        + "    }\n\n"
                        + "    @Override\n"
                        + "    public void down(MigrationContext context) throws Exception {\n"
                        + "        context.execute(\"" + down + "\");\n"
                        + "    }\n"
                        + "}\n");
            }
        }
        return this;
    }

    /** Compiles {@code src/main/java} into {@code target/classes} with the processor; returns the class output. */
    public Path compile() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        List<Path> sources;
        try (Stream<Path> files = Files.walk(dir.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-d", classes.toString(),
                    "-classpath", classpath(), "-sourcepath", dir.resolve("src/main/java").toString(),
                    "-Amifty.projectDir=" + dir, "-implicit:none");
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new MiftyProcessor()));
            boolean ok = task.call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
            if (!ok || !errors.isEmpty()) {
                throw new IllegalStateException("javac failed: " + errors.stream().limit(5).toList());
            }
        }
        return classes;
    }

    /** A class loader over the compiled application (the runtime from the test's own class path). */
    public static URLClassLoader loader(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ScaleProject.class.getClassLoader());
    }

    /** What the application compiles against: the runtime API, the annotations and Jakarta Persistence. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(dev.mifty.runtime.Migration.class, dev.mifty.annotations.Migration.class,
                jakarta.persistence.Entity.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
