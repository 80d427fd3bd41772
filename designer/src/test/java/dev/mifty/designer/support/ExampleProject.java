package dev.mifty.designer.support;

import dev.mifty.designer.workspace.Project;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A copy of example-app (pom and main sources) in a temporary folder, as the designer's project. */
public final class ExampleProject {

    /** The example's processor options, as its pom passes them to javac. */
    public static final Map<String, String> OPTIONS = Map.of("mifty.migrationsPackage", "dev.mifty.example.migrations");

    public final Path dir;

    private ExampleProject(Path dir) {
        this.dir = dir;
    }

    public static ExampleProject copy(Path work) {
        Path example = Path.of("..", "example-app").toAbsolutePath().normalize();
        Path dir = work.resolve("shop");
        try {
            copyTree(example.resolve("src/main"), dir.resolve("src/main"));
            Files.copy(example.resolve("pom.xml"), dir.resolve("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExampleProject(dir);
    }

    public Project project() {
        return new Project(dir, List.of(dir.resolve("src/main/java")), testClasspath(), OPTIONS);
    }

    public Path file(String relative) {
        return dir.resolve(relative);
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String relative, String text) {
        try {
            Files.writeString(file(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> migrations() {
        try (Stream<Path> files = Files.list(file("src/main/java/dev/mifty/example/migrations"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This test JVM's classpath (Surefire passes it in {@code surefire.test.class.path}): the example's dependencies are on it. */
    public static List<Path> testClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> entries = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
