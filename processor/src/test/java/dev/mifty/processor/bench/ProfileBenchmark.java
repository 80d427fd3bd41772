package dev.mifty.processor.bench;

import dev.mifty.processor.MiftyProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Not a test: compiles the {@link JavacBenchmark} entities with the Mifty processor (steady build)
 * again and again, for a profiler (e.g. {@code -XX:StartFlightRecording}) to sample.
 * Arguments: [entities] [runs].
 */
public final class ProfileBenchmark {

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path work = Files.createTempDirectory("mifty-profile");
        Path sources = JavacBenchmark.generate(work.resolve("src"), entities);
        Path runtimeApi = Files.isDirectory(Path.of("runtime/src/main/java")) ? Path.of("runtime/src/main/java")
                : Path.of("../runtime/src/main/java");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
        }
        for (String f : List.of("Migration.java", "MigrationContext.java", "MigrationDescriptor.java", "MigrationManifest.java",
                "Environment.java", "MiftyException.java", "ErrorCode.java")) {
            files.add(runtimeApi.resolve("dev/mifty/runtime").resolve(f));
        }
        Path project = Files.createDirectories(work.resolve("steady"));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = -1; run < runs; run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                Path out = Files.createTempDirectory(work, "out");
                List<String> options = List.of("-d", out.toString(), "-s", out.toString(), "-classpath",
                        System.getProperty("java.class.path"), "-implicit:none", "-nowarn", "-Amifty.projectDir=" + project);
                JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, options, null,
                        fm.getJavaFileObjectsFromPaths(files));
                task.setProcessors(List.of(new MiftyProcessor()));
                if (!task.call()) {
                    throw new IllegalStateException(diagnostics.getDiagnostics().toString());
                }
            }
            System.out.printf(Locale.ROOT, "run %d: %d ms CPU%n", run, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
    }
}
