package dev.mifty.designer.workspace;

import dev.mifty.processor.MiftyProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the project's sources with javac and Mifty's processor, as the build does: a clean
 * compile of every main source into {@link Project#outputDir()}. In mode {@code generate} the
 * processor writes the migration a build would write (into the source tree) and updates the
 * snapshot; in mode {@code off} it only lists the migrations and ships the committed snapshot.
 */
public final class ProjectCompiler {

    private final Project project;

    public ProjectCompiler(Project project) {
        this.project = project;
    }

    /** {@code mode}: the processor's {@code mifty.mode}; {@code name}: the migration's name (null: derived). */
    public CompileResult compile(String mode, String name) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): run the designer on a JDK, not a JRE");
        }
        Path out = project.outputDir();
        deleteTree(out);
        Set<Path> before = sources();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter javacOutput = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(out);
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(before);
            JavaCompiler.CompilationTask task = javac.getTask(javacOutput, files, diagnostics, options(mode, name), null, units);
            task.setProcessors(List.of(new MiftyProcessor()));
            ok = task.call();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile into " + out, e);
        }
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            messages.add(format(d));
        }
        if (!javacOutput.toString().isBlank()) {
            messages.add(javacOutput.toString().strip());
        }
        Set<Path> added = new TreeSet<>(sources());
        added.removeAll(before);
        List<String> generated = added.stream().map(p -> project.projectDir().relativize(p).toString().replace('\\', '/')).toList();
        return new CompileResult(ok, messages, generated);
    }

    private List<String> options(String mode, String name) {
        List<String> options = new ArrayList<>(List.of("-d", project.outputDir().toString(), "-implicit:none",
                "-encoding", "UTF-8", "-Xlint:none"));
        if (!project.classpath().isEmpty()) {
            options.add("-classpath");
            options.add(String.join(java.io.File.pathSeparator, project.classpath().stream().map(Path::toString).toList()));
        }
        options.add("-sourcepath");
        options.add(String.join(java.io.File.pathSeparator, project.sourceRoots().stream().map(Path::toString).toList()));
        for (Map.Entry<String, String> option : project.processorOptions().entrySet()) {
            if (!option.getKey().equals("mifty.mode") && !option.getKey().equals("mifty.name")) {
                options.add("-A" + option.getKey() + "=" + option.getValue());
            }
        }
        options.add("-Amifty.projectDir=" + project.projectDir());
        options.add("-Amifty.sourceDir=" + project.projectDir().relativize(project.mainSourceRoot()));
        options.add("-Amifty.mode=" + mode);
        if (name != null && !name.isBlank()) {
            options.add("-Amifty.name=" + name);
        }
        return options;
    }

    private static String format(Diagnostic<? extends JavaFileObject> d) {
        String where = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
        return where + d.getKind().name().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.ROOT);
    }

    /** Every {@code .java} file under the source roots. */
    Set<Path> sources() {
        Set<Path> all = new TreeSet<>();
        for (Path root : project.sourceRoots()) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the sources under " + root, e);
            }
        }
        return all;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
    }
}
