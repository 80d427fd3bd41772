package dev.mifty.processor.pipeline;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Where the project's files are: the project directory ({@code mifty.projectDir} or the nearest
 * parent of the class output with a {@code pom.xml} or {@code build.gradle*}), the committed
 * snapshot and the source folder migrations are written into.
 */
public record ProjectLayout(Path projectDir, Path snapshot, Path sourceDir) {

    /** Resource path of the snapshot copy in the class output ({@code snapshotResource()}). */
    public static final String SNAPSHOT_RESOURCE = "META-INF/mifty/schema.json";

    public String snapshotDisplayName() {
        Path relative = snapshot.startsWith(projectDir) ? projectDir.relativize(snapshot) : snapshot;
        return relative.toString().replace('\\', '/');
    }

    /** The source file of a class in {@link #sourceDir}. */
    public Path sourceFile(String packageName, String simpleName) {
        Path dir = sourceDir;
        if (!packageName.isEmpty()) {
            for (String part : packageName.split("\\.")) {
                dir = dir.resolve(part);
            }
        }
        return dir.resolve(simpleName + ".java");
    }

    /**
     * The layout for these options: {@code mifty.projectDir}, or the nearest parent of the class
     * output with a build file; empty when neither is known.
     */
    public static Optional<ProjectLayout> resolve(ProcessorOptions options, Optional<Path> classOutput) {
        Path project = options.projectDir() != null
                ? Path.of(options.projectDir()).toAbsolutePath().normalize()
                : classOutput.map(ProjectLayout::findProjectRoot).orElse(null);
        if (project == null) {
            return Optional.empty();
        }
        return Optional.of(new ProjectLayout(project, project.resolve(options.snapshot()).normalize(),
                project.resolve(options.sourceDir()).normalize()));
    }

    /** The class output folder, when javac writes to the file system (not in-memory compilations). */
    public static Optional<Path> classOutput(Filer filer) {
        try {
            URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", SNAPSHOT_RESOURCE).toUri();
            return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri).getParent().getParent().getParent())
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * True for the class output of a test compilation: Maven's {@code target/test-classes}, Gradle's
     * {@code build/classes/<language>/test} (or another test source set such as {@code testFixtures}
     * or {@code integrationTest}). Entities compiled there are test fixtures, never the application's
     * model: diffing them against the snapshot would drop every table of the main sources.
     */
    public static boolean isTestOutput(Path classOutput) {
        Path name = classOutput.getFileName();
        if (name == null) {
            return false;
        }
        String last = name.toString();
        if (last.equals("test-classes")) {
            return true;
        }
        Path language = classOutput.getParent();
        Path classes = language == null ? null : language.getParent();
        return classes != null && classes.getFileName() != null && classes.getFileName().toString().equals("classes")
                && (last.startsWith("test") || last.endsWith("Test"));
    }

    static Path findProjectRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) || Files.isRegularFile(dir.resolve("build.gradle"))
                    || Files.isRegularFile(dir.resolve("build.gradle.kts"))) {
                return dir;
            }
        }
        return null;
    }
}
