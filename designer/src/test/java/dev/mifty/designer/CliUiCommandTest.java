package dev.mifty.designer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.cli.Main;
import dev.mifty.designer.server.Access;
import dev.mifty.designer.support.CompiledExample;
import dev.mifty.designer.support.Databases;
import dev.mifty.designer.support.ExampleProject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mifty ui} of the runtime's CLI finds the designer on the classpath and starts it. */
class CliUiCommandTest {

    @TempDir
    Path work;

    @Test
    void theUiCommandStartsTheDesignerAndPrintsItsUrl() throws Exception {
        ExampleProject shop = ExampleProject.copy(work);
        ClassLoader app = CompiledExample.compile(shop);
        Databases database = Databases.fresh();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main cli = new Main(Map.of("DATABASE_URL", database.databaseUrl()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), shop.dir).withClassLoader(app);
        int[] exit = {-1};
        Thread thread = new Thread(() -> exit[0] = cli.run("ui", "--port=0"), "mifty-ui-test");
        thread.start();
        try {
            Matcher url = waitForUrl(out);
            assertThat(url.group()).startsWith("http://127.0.0.1:");
            HttpResponse<String> info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url.group(1) + "/api/info")).header(Access.HEADER, url.group(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.body()).contains("\"environment\":\"development\"").doesNotContain(Databases.PASSWORD);
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(Databases.PASSWORD);
        } finally {
            thread.interrupt();
            thread.join(10_000);
        }
        assertThat(thread.isAlive()).isFalse();
        assertThat(exit[0]).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static Matcher waitForUrl(ByteArrayOutputStream out) throws InterruptedException {
        Pattern pattern = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)/ui\\?token=([0-9a-f]{32})");
        for (int i = 0; i < 600; i++) {
            Matcher m = pattern.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return m;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no URL printed: " + out.toString(StandardCharsets.UTF_8));
    }
}
