package dev.mifty.example.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn mifty:ui} in a copy of the example app, as the README says: the designer starts with
 * the project's sources (design mode) on the project's database and serves until stopped. The
 * browser flows themselves are tested in the designer module.
 */
class DesignerGoalTest {

    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)/ui\\?token=([0-9a-f]{32})");

    @TempDir
    Path work;

    @Test
    void mvnMiftyUiOpensTheDesignerOnTheProjectsSources() throws Exception {
        UserProject project = UserProject.copyOf(Path.of("").toAbsolutePath(), work);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String databaseUrl = "postgres://postgres:pw-ui-never-shown@localhost:" + postgres.getPort() + "/postgres";
            Process mvn = project.start(Map.of("DATABASE_URL", databaseUrl), "mifty:ui", "-Dmifty.port=0");
            StringBuilder output = new StringBuilder();
            try {
                Matcher url = waitForUrl(mvn, output);
                String base = url.group(1);
                String token = url.group(2);
                String info = get(base + "/api/info", token);
                assertThat(info).contains("\"designMode\":true", "\"environment\":\"development\"")
                        .doesNotContain("pw-ui-never-shown");
                assertThat(get(base + "/api/entities", token)).contains("\"simpleName\":\"Customer\"");
                assertThat(get(base + "/api/migrations", token)).contains("initial_schema", "\"state\":\"pending\"");
                assertThat(get(base + "/api/model", token)).contains("\"name\":\"customer\"");
                assertThat(output.toString()).doesNotContain("pw-ui-never-shown");
            } finally {
                mvn.destroy();
                if (!mvn.waitFor(30, TimeUnit.SECONDS)) {
                    mvn.destroyForcibly();
                }
            }
        }
    }

    private static String get(String url, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("X-Mifty-Token", token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** Reads Maven's output until the designer prints its address (or Maven ends). */
    private static Matcher waitForUrl(Process mvn, StringBuilder output) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(mvn.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        }, "mvn-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                if (!mvn.isAlive() && lines.isEmpty()) {
                    break;
                }
                continue;
            }
            output.append(line).append('\n');
            Matcher m = URL.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        throw new AssertionError("mvn mifty:ui printed no URL:\n" + output);
    }
}
