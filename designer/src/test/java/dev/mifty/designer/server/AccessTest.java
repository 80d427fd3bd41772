package dev.mifty.designer.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.designer.Designer;
import dev.mifty.designer.support.CompiledExample;
import dev.mifty.designer.support.Databases;
import dev.mifty.designer.support.ExampleProject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a request with this start's token (and a Host naming this server) gets through; the address is the loopback one. */
class AccessTest {

    @TempDir
    static Path work;

    static Databases database;
    static Designer designer;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        ExampleProject shop = ExampleProject.copy(work);
        database = Databases.fresh();
        designer = Designer.start(new Designer.Options("127.0.0.1", 0, Map.of("DATABASE_URL", database.databaseUrl()),
                shop.dir, CompiledExample.compile(shop), null), System.err);
    }

    @AfterAll
    static void stop() {
        if (designer != null) {
            designer.close();
        }
    }

    @Test
    void theUrlIsOnTheLoopbackAddressWithARandomToken() {
        assertThat(designer.url()).matches("http://127\\.0\\.0\\.1:\\d+/ui\\?token=[0-9a-f]{32}");
    }

    @Test
    void anActionWithoutTheTokenIsRefusedAndRunsNothing() throws Exception {
        HttpResponse<String> refused = post("/api/migrate", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("missing or wrong token");
        HttpResponse<String> wrong = post("/api/migrate", "0".repeat(32));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(database.columns("mifty_schema_history")).isEmpty();

        HttpResponse<String> allowed = post("/api/migrate", designer.token());
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).contains("20261124165044_initial_schema");
        assertThat(database.columns("customer")).contains("email");
    }

    @Test
    void readingNeedsTheTokenToo() throws Exception {
        assertThat(get("/api/model", null).statusCode()).isEqualTo(403);
        HttpResponse<String> model = get("/api/model", designer.token());
        assertThat(model.statusCode()).isEqualTo(200);
        assertThat(model.body()).contains("\"name\":\"customer\"");
        HttpResponse<String> info = get("/api/info", designer.token());
        assertThat(info.body()).contains("\"readOnly\":false").doesNotContain(Databases.PASSWORD);
    }

    @Test
    void theStaticPageAndMermaidAreServedFromTheJar() throws Exception {
        HttpResponse<String> page = get("/ui", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/vendor/mermaid.min.js\">");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> v.contains("default-src 'self'"));
        HttpResponse<String> mermaid = get("/vendor/mermaid.min.js", null);
        assertThat(mermaid.statusCode()).isEqualTo(200);
        assertThat(mermaid.body().length()).isGreaterThan(1_000_000);
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        // what a page on attacker.example sends after pointing its DNS name at 127.0.0.1
        try (Socket socket = new Socket("127.0.0.1", designer.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/info?token=" + designer.token() + " HTTP/1.1\r\nHost: attacker.example:" + designer.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).isEqualTo("HTTP/1.1 403 Forbidden");
        }
    }

    private static HttpResponse<String> post(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + designer.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header(Access.HEADER, token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + designer.port() + path)).GET();
        if (token != null) {
            request.header(Access.HEADER, token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
