package dev.mifty.example.boot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both Spring Boot examples, each built once as its user builds it: {@code mvn package} (its
 * {@code @DataJpaTest} runs on a fresh PostgreSQL database), then the jar starts on another fresh
 * database with {@code ddl-auto=validate} (Mifty migrates first), serves its endpoint and
 * {@code /actuator/mifty}, and {@code migration:status --json} runs from the same jar.
 */
class SpringBootEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"example-spring-boot", "example-spring-boot-3"})
    void buildsStartsServesAndRunsCommandsFromTheJar(String example) throws Exception {
        BootProject project = BootProject.copyOf(Path.of("").toAbsolutePath().getParent().resolve(example), work);
        List<String> committed = project.migrations();

        String testDatabase = Databases.newDatabase();
        long started = System.nanoTime();
        BootProject.Result build = project.mvn(database(testDatabase), "package");
        System.out.printf("%s: mvn package %d s%n", example, (System.nanoTime() - started) / 1_000_000_000);
        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(build.out()).contains("Tests run: 1, Failures: 0, Errors: 0");
        assertThat(project.migrations()).as("the build generates nothing new").isEqualTo(committed);
        assertThat(Databases.query(testDatabase, "SELECT description FROM mifty_schema_history ORDER BY version"))
                .as("the @DataJpaTest slice ran the migrations").containsExactly("create_author_and_book", "seed_books");
        Path jar = project.dir.resolve("target/library.jar");

        String appDatabase = Databases.newDatabase();
        int port = freePort();
        Path log = work.resolve("app.log");
        started = System.nanoTime();
        Process app = project.start(database(appDatabase), log, "-jar", jar.toString(), "--server.port=" + port);
        try {
            String books = get(app, log, "http://127.0.0.1:" + port + "/books");
            assertThat(JSON.readTree(books)).extracting(b -> b.get("title").asText())
                    .containsExactly("Frankenstein", "Twenty Thousand Leagues Under the Seas");
            JsonNode actuator = JSON.readTree(get(app, log, "http://127.0.0.1:" + port + "/actuator/mifty"));
            assertThat(actuator.get("migrations")).extracting(m -> m.get("name").asText() + " " + m.get("state").asText())
                    .containsExactly("create_author_and_book applied", "seed_books applied");
            System.out.printf("%s: started and served in %d s%n", example, (System.nanoTime() - started) / 1_000_000_000);
        } finally {
            app.destroy();
            app.waitFor();
        }
        assertThat(Files.readString(log)).containsPattern("applied [0-9]+_seed_books \\(")
                .contains("Mifty: start-up migration done in");

        BootProject.Result status = project.java(database(appDatabase), "-Dloader.main=dev.mifty.spring.MiftyCommandLine",
                "-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher",
                "migration:status", "--json");
        assertThat(status.exit()).as(status.output()).isZero();
        JsonNode migrations = JSON.readTree(status.out());
        assertThat(migrations).extracting(m -> m.get("state").asText()).containsExactly("applied", "applied");
        assertThat(status.output()).doesNotContain("Tomcat");
    }

    private static Map<String, String> database(String url) {
        return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres");
    }

    /** GET, retried while the application starts (at most two minutes, stopped early if it exits). */
    private static String get(Process app, Path log, String url) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the application exited (" + app.exitValue() + "):\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
                return response.body();
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("no answer from " + url + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
