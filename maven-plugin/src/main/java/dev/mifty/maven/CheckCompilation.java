package dev.mifty.maven;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * {@code javac -proc:only} with the Mifty processor in check mode over the main sources, into a
 * temporary folder: the processor diffs the entities with the committed snapshot whatever is in
 * {@code target/}, and nothing is written anywhere else.
 *
 * @param sourceRoots   folders of {@code .java} files
 * @param classpath     compile classpath, without the project's own output folder
 * @param processorPath the processor path; empty: find the processor on the classpath
 * @param options       the project's {@code -A} options (its {@code mifty.mode} is replaced)
 */
record CheckCompilation(Path projectDir, List<Path> sourceRoots, List<String> classpath, List<String> processorPath,
                        List<String> options, String release, Charset encoding) {

    static final String PROCESSOR = "dev.mifty.processor.MiftyProcessor";

    /** The compiler's errors and warnings, in order; {@code success} when there is no error. */
    record Outcome(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {
    }

    Outcome run(Path work) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("mifty:check needs a JDK (no system Java compiler in " + System.getProperty("java.home") + ")");
        }
        List<File> sources = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted()
                            .forEach(f -> sources.add(f.toFile()));
                }
            }
        }
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path generated = Files.createDirectories(work.resolve("generated-sources"));
        List<String> args = new ArrayList<>(List.of("-proc:only", "-processor", PROCESSOR, "-implicit:none",
                "-d", classes.toString(), "-s", generated.toString(),
                "-classpath", String.join(File.pathSeparator, classpath)));
        if (!processorPath.isEmpty()) {
            args.addAll(List.of("-processorpath", String.join(File.pathSeparator, processorPath)));
        }
        if (release != null) {
            args.addAll(List.of("--release", release));
        }
        for (String option : options) {
            if (!option.startsWith("-Amifty.mode=") && !option.startsWith("-Amifty.projectDir=")) {
                args.add(option);
            }
        }
        args.add("-Amifty.mode=check");
        args.add("-Amifty.projectDir=" + projectDir);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, encoding)) {
            boolean ok = sources.isEmpty() || javac.getTask(output, files, diagnostics, args, null,
                    files.getJavaFileObjectsFromFiles(sources)).call();
            return new Outcome(ok, diagnostics.getDiagnostics(), output.toString());
        }
    }
}
