package dev.mifty.designer.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.designer.Designer;
import dev.mifty.designer.support.CompiledExample;
import dev.mifty.designer.support.Databases;
import dev.mifty.designer.support.ExampleProject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift actions over the API, as the Drift view's buttons call them: schema:sync, and a migration from drift. */
class ActionsTest {

    @TempDir
    Path work;

    @Test
    void syncThenDriftThenAMigrationWrittenFromIt() throws Exception {
        ExampleProject shop = ExampleProject.copy(work);
        Databases database = Databases.fresh();
        try (Designer designer = Designer.start(new Designer.Options("127.0.0.1", 0,
                Map.of("DATABASE_URL", database.databaseUrl()), shop.dir, CompiledExample.compile(shop), null), System.err)) {
            Api api = new Api(designer);

            assertThat(api.post("/api/migrate", "{}")).contains("20261124165044_initial_schema");
            assertThat(api.get("/api/drift")).contains("\"inSync\":true");
            assertThat(api.post("/api/drift/migration", "{\"name\":\"nothing\"}")).contains("\"file\":null");

            try (var c = database.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE customer DROP COLUMN mobile");
            }
            assertThat(api.get("/api/drift")).contains("\"inSync\":false", "+ customer.mobile varchar(255)");
            String written = api.post("/api/drift/migration", "{\"name\":\"restore mobile\"}");
            assertThat(written).containsPattern("\"file\":\"V\\d{14}_RestoreMobile\\.java\"");
            assertThat(shop.migrations()).anyMatch(f -> f.endsWith("_RestoreMobile.java"));
            assertThat(api.post("/api/drift/migration", "{}")).contains("the migration needs a name");

            assertThat(api.post("/api/sync", "{}")).contains("+ customer.mobile varchar(255)");
            assertThat(database.columns("customer")).contains("mobile");
            assertThat(api.get("/api/drift")).contains("\"inSync\":true");
        }
    }

    /** Requests with the token. */
    private record Api(Designer designer) {
        String get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        String post(String path, String body) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + designer.port() + path);
        }

        private String send(HttpRequest.Builder request) throws Exception {
            return HttpClient.newHttpClient().send(request.header(Access.HEADER, designer.token()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
