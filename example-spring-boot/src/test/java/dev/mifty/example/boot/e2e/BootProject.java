package dev.mifty.example.boot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of one of the Spring Boot example applications in a temporary folder, built with real Maven
 * as its user would build it. The Mifty jars of this reactor are staged into a private local
 * repository; everything else (Spring Boot included) resolves from the outer build's local repository,
 * Maven Central as a fallback.
 */
final class BootProject {

    static final String VERSION = "0.1.0-SNAPSHOT";
    /** Reactor folder -> artifact, the Mifty artifacts a Boot application resolves. */
    private static final Map<String, String> MODULES = Map.of(
            "annotations", "mifty-annotations",
            "schema", "mifty-schema",
            "processor", "mifty-processor",
            "runtime", "mifty-runtime",
            "spring-boot", "mifty-spring-boot-starter");

    final Path dir;
    private final Path repo;
    private final Path settings;

    private BootProject(Path dir, Path repo, Path settings) {
        this.dir = dir;
        this.repo = repo;
        this.settings = settings;
    }

    /** Copies {@code app}'s pom and sources (not this end-to-end test, not target/) into {@code work}/project. */
    static BootProject copyOf(Path app, Path work) throws IOException {
        Path reactor = app.toAbsolutePath().getParent();
        Path project = work.resolve("project");
        copyTree(app.resolve("src"), project.resolve("src"));
        Files.copy(app.resolve("pom.xml"), project.resolve("pom.xml"));
        Path repo = work.resolve("repo");
        stage(reactor, repo);
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, settingsXml(Path.of(System.getProperty("user.home"), ".m2", "repository")));
        return new BootProject(project, repo, settings);
    }

    private static void stage(Path reactor, Path repo) throws IOException {
        install(repo, "mifty-parent", reactor.resolve("pom.xml"), null);
        for (Map.Entry<String, String> module : MODULES.entrySet()) {
            String artifact = module.getValue();
            Path folder = reactor.resolve(module.getKey());
            Path jar = folder.resolve("target").resolve(artifact + "-" + VERSION + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: run this test from the reactor root "
                        + "(mvn -B verify), which packages every Mifty module before the examples");
            }
            install(repo, artifact, folder.resolve("pom.xml"), jar);
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
                          <snapshots><enabled>false</enabled></snapshots></repository>
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

    /** Runs {@code mvn -B <args>} in the project with these extra environment variables. */
    Result mvn(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B",
                "-Dmaven.repo.local=" + repo, "-s", settings.toString()));
        command.addAll(List.of(args));
        return run(command, env, dir);
    }

    /** Runs {@code java <args>} in the project folder; stdout and stderr apart. */
    Result java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(args));
        return run(command, env, dir);
    }

    /** Starts {@code java <args>} in the background, its output (both streams) into {@code log}. */
    Process start(Map<String, String> env, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(args));
        ProcessBuilder builder = builder(command, env, dir).redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        return builder.start();
    }

    private static Result run(List<String> command, Map<String, String> env, Path workDir)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("mifty-boot-e2e", ".out");
        Path err = Files.createTempFile("mifty-boot-e2e", ".err");
        ProcessBuilder builder = builder(command, env, workDir);
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private static ProcessBuilder builder(List<String> command, Map<String, String> env, Path workDir) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("DATABASE_URL");
        environment.remove("MAVEN_OPTS");
        environment.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("MIFTY_"));
        environment.putAll(new HashMap<>(env));
        return builder;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String mavenExecutable() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    /** The migration sources of the application, sorted by name. */
    List<String> migrations() throws IOException {
        Path folder = dir.resolve("src/main/java/dev/mifty/example/boot/library/migrations");
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Path skipped = from.resolve("test/java/dev/mifty/example/boot/e2e");
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.filter(p -> !p.startsWith(skipped)).toList()) {
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

    /** A finished process: exit code, stdout, stderr. */
    record Result(int exit, String out, String err) {
        String output() {
            return out + err;
        }
    }
}
