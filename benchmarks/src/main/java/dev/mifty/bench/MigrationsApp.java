package dev.mifty.bench;

import dev.mifty.processor.MiftyProcessor;
import java.io.IOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * An application with N hand-written migrations as a user has it: one class a migration in
 * {@code src/main/java}, compiled by javac with the Mifty processor (which writes the manifest
 * resource), loaded through a class loader over the class output. Each migration executes
 * {@code statements.apply(i)}; the same statements serve raw JDBC and Flyway's SQL scripts.
 */
final class MigrationsApp {

    static final String PACKAGE = "bench.migrations";

    private final Path dir;
    private final int count;
    private final IntFunction<List<String>> statements;

    MigrationsApp(Path dir, int count, IntFunction<List<String>> statements) {
        this.dir = dir;
        this.count = count;
        this.statements = statements;
    }

    static String version(int i) {
        return String.format(Locale.ROOT, "2026%010d", i);
    }

    /** Two statements a migration: a table and a row in it (what {@code ApplyBenchmark} applies). */
    static List<String> tableAndRow(int i) {
        return List.of("CREATE TABLE bench_" + i + " (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)",
                "INSERT INTO bench_" + i + " (id, name) VALUES (1, 'row " + i + "')");
    }

    /** One row a migration in one table (cheap to apply: what {@code NoOpBenchmark} needs many of). */
    static List<String> oneRow(int i) {
        return i == 1 ? List.of("CREATE TABLE bench_log (n INTEGER PRIMARY KEY)", "INSERT INTO bench_log VALUES (1)")
                : List.of("INSERT INTO bench_log VALUES (" + i + ")");
    }

    List<String> statements(int i) {
        return statements.apply(i);
    }

    int count() {
        return count;
    }

    /** Writes and compiles the application once (kept in {@code dir} for later runs); returns the class output. */
    Path build() throws IOException {
        Path classes = dir.resolve("target/classes");
        if (Files.exists(classes.resolve("META-INF/mifty/migrations"))) {
            return classes;
        }
        write();
        Files.createDirectories(classes);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(dir.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-d", classes.toString(), "-classpath",
                    Classpaths.of(dev.mifty.runtime.Migration.class, dev.mifty.annotations.Migration.class),
                    "-Amifty.projectDir=" + dir, "-implicit:none");
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new MiftyProcessor()));
            boolean ok = task.call();
            List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT)).limit(5).toList();
            if (!ok || !errors.isEmpty()) {
                throw new IllegalStateException("javac failed: " + errors);
            }
        }
        return classes;
    }

    /** Flyway's form of the same migrations: {@code V<version>__bench_<i>.sql}, one folder per application. */
    Path flywayScripts() throws IOException {
        Path scripts = dir.resolve("flyway");
        if (Files.isDirectory(scripts)) {
            return scripts;
        }
        Files.createDirectories(scripts);
        for (int i = 1; i <= count; i++) {
            List<String> lines = new ArrayList<>();
            for (String sql : statements(i)) {
                lines.add(sql + ";");
            }
            Files.write(scripts.resolve("V" + version(i) + "__bench_" + i + ".sql"), lines);
        }
        return scripts;
    }

    static URLClassLoader loader(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, MigrationsApp.class.getClassLoader());
    }

    private void write() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/main/java/" + PACKAGE.replace('.', '/')));
        for (int i = 1; i <= count; i++) {
            String name = "V" + version(i) + "_Bench" + i;
            StringBuilder up = new StringBuilder();
            for (String sql : statements(i)) {
                up.append("        context.execute(\"").append(sql.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\");\n");
            }
            try (Writer out = Files.newBufferedWriter(sources.resolve(name + ".java"), StandardCharsets.UTF_8)) {
                out.write("package " + PACKAGE + ";\n\n"
                        + "import dev.mifty.annotations.Migration;\n"
                        + "import dev.mifty.runtime.MigrationContext;\n\n"
                        + "@Migration(version = \"" + version(i) + "\", name = \"bench_" + i + "\")\n"
                        + "public final class " + name + " implements dev.mifty.runtime.Migration {\n"
                        + "    @Override\n"
                        + "    public void up(MigrationContext context) throws Exception {\n"
                        + up
                        + "    }\n\n"
                        + "    @Override\n"
                        + "    public void down(MigrationContext context) {\n"
                        + "    }\n"
                        + "}\n");
            }
        }
    }
}
