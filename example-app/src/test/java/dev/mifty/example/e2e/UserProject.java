package dev.mifty.example.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of example-app in a temporary folder, built with real Maven as a user would build it.
 * The Mifty jars of this reactor are staged into a private local repository; everything else is
 * resolved from the outer build's local repository (and Maven Central as a fallback).
 */
final class UserProject {

    static final String VERSION = "0.1.0-SNAPSHOT";
    /** Module folder and artifact of each Mifty module a user's build may resolve. */
    private static final Map<String, String> MODULES = new java.util.LinkedHashMap<>(Map.of(
            "annotations", "mifty-annotations", "schema", "mifty-schema", "processor", "mifty-processor",
            "runtime", "mifty-runtime", "embedded", "mifty-embedded-postgres", "maven-plugin", "mifty-maven-plugin",
            "designer", "mifty-designer"));

    final Path dir;
    private final Path repo;
    private final Path settings;

    private UserProject(Path dir, Path repo, Path settings) {
        this.dir = dir;
        this.repo = repo;
        this.settings = settings;
    }

    /** Copies {@code exampleApp}'s pom and main sources into {@code work}/project. */
    static UserProject copyOf(Path exampleApp, Path work) throws IOException {
        Path reactor = exampleApp.toAbsolutePath().getParent();
        Path project = work.resolve("project");
        copyTree(exampleApp.resolve("src/main"), project.resolve("src/main"));
        Files.copy(exampleApp.resolve("pom.xml"), project.resolve("pom.xml"));
        Path repo = work.resolve("repo");
        stage(reactor, repo);
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, settingsXml(Path.of(System.getProperty("user.home"), ".m2", "repository")));
        return new UserProject(project, repo, settings);
    }

    /** A new project in {@code work}/project with this pom and these files (path -> content). */
    static UserProject create(Path reactor, Path work, String pom, Map<String, String> files) throws IOException {
        Path project = work.resolve("project");
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), pom);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = project.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        Path repo = work.resolve("repo");
        stage(reactor, repo);
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, settingsXml(Path.of(System.getProperty("user.home"), ".m2", "repository")));
        return new UserProject(project, repo, settings);
    }

    /** Places the reactor's freshly packaged Mifty artifacts into the private local repository. */
    private static void stage(Path reactor, Path repo) throws IOException {
        install(repo, "mifty-parent", reactor.resolve("pom.xml"), null);
        for (Map.Entry<String, String> entry : MODULES.entrySet()) {
            String module = entry.getKey();
            String artifact = entry.getValue();
            Path jar = reactor.resolve(module).resolve("target").resolve(artifact + "-" + VERSION + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: run this test from the reactor root "
                        + "(mvn -B verify), which packages every module before example-app");
            }
            install(repo, artifact, reactor.resolve(module).resolve("pom.xml"), jar);
        }
    }

    private static void install(Path repo, String artifact, Path pom, Path jar) throws IOException {
        Path folder = repo.resolve("dev/mifty").resolve(artifact).resolve(VERSION);
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifact + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, folder.resolve(artifact + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String settingsXml(Path outerRepo) {
        String url = outerRepo.toUri().toString();
        return """
                <settings>
                  <profiles>
                    <profile>
                      <id>outer-repository</id>
                      <repositories>
                        <repository><id>outer</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>outer</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>outer-repository</activeProfile></activeProfiles>
                </settings>
                """.formatted(url);
    }

    /** Runs {@code mvn -B <args>} in the project. */
    Result mvn(String... args) throws IOException, InterruptedException {
        return mvn(Map.of(), args);
    }

    /** Runs {@code mvn -B <args>} in the project with these environment variables. */
    Result mvn(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B",
                "-Dmaven.repo.local=" + repo, "-s", settings.toString()));
        command.addAll(List.of(args));
        return run(command, env, dir);
    }

    /** Starts {@code mvn -B <args>} in the project and returns at once (output merged into stdout): for goals that serve. */
    Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B",
                "-Dmaven.repo.local=" + repo, "-s", settings.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("MAVEN_OPTS");
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Runs a Java main class on the project's runtime classpath (classes + dependencies). */
    Result java(Map<String, String> env, String mainClass, String... args) throws IOException, InterruptedException {
        Path cpFile = dir.resolve("target/classpath.txt");
        if (!Files.exists(cpFile)) {
            Result cp = mvn("-q", "org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath",
                    "-Dmdep.outputFile=" + cpFile, "-Dmdep.includeScope=runtime");
            if (cp.exit() != 0) {
                throw new IllegalStateException("cannot compute the classpath:\n" + cp.output());
            }
        }
        String classpath = dir.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(cpFile).strip();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return run(command, env, dir);
    }

    private static Result run(List<String> command, Map<String, String> env, Path workDir)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("MAVEN_OPTS");
        builder.environment().putAll(env);
        Path log = Files.createTempFile("mifty-e2e", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }

    private static String mavenExecutable() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    Path file(String relative) {
        return dir.resolve(relative);
    }

    String read(String relative) throws IOException {
        return Files.readString(file(relative));
    }

    void write(String relative, String content) throws IOException {
        Files.writeString(file(relative), content);
    }

    /** Replaces exactly one occurrence of {@code from} in a file. */
    void edit(String relative, String from, String to) throws IOException {
        String text = read(relative);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("expected exactly one '" + from + "' in " + relative);
        }
        write(relative, text.replace(from, to));
    }

    /** The migration source files of the example app, sorted by name. */
    List<String> migrations() throws IOException {
        return migrations("src/main/java/dev/mifty/example/migrations");
    }

    /** The migration source files in a folder of the project, sorted by name. */
    List<String> migrations(String relativeFolder) throws IOException {
        Path folder = file(relativeFolder);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted().toList();
        }
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
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    record Result(int exit, String output) {
    }
}
