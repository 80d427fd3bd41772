package dev.mifty.designer.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The project the designer edits in design mode: what a build knows about it.
 *
 * @param projectDir       the project's root (where {@code pom.xml} is)
 * @param sourceRoots      the main Java source roots ({@code src/main/java})
 * @param classpath        the compile classpath (the dependencies; not the project's own output)
 * @param processorOptions the {@code -A} options of the project's build, e.g. {@code mifty.migrationsPackage}
 */
public record Project(Path projectDir, List<Path> sourceRoots, List<Path> classpath, Map<String, String> processorOptions) {

    public Project {
        projectDir = projectDir.toAbsolutePath().normalize();
        sourceRoots = sourceRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        classpath = List.copyOf(classpath);
        processorOptions = Map.copyOf(processorOptions);
        if (sourceRoots.isEmpty()) {
            throw new IllegalArgumentException("a project needs at least one source root");
        }
    }

    /** Where the designer compiles to: its own folder, so the build's {@code target/classes} is left alone. */
    public Path outputDir() {
        return projectDir.resolve("target").resolve("mifty-designer").resolve("classes");
    }

    /** The first source root: where new entities and generated migrations go. */
    public Path mainSourceRoot() {
        return sourceRoots.get(0);
    }
}
