package dev.mifty.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mifty.schema.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The commands on the DataSource a Spring context resolves from the application's configuration. */
class MiftyCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return MiftyCommandLine.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void statusAsJsonOnTheConfiguredDatabase() throws Exception {
        String url = TestDatabases.newDatabase();
        String[] database = {"--spring.datasource.url=" + url, "--spring.datasource.username=postgres"};
        assertThat(run("migration:status", "--json", database[0], database[1])).as(err.toString()).isZero();
        JsonNode pending = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(pending).hasSize(3);
        assertThat(pending.get(0).get("state").asText()).isEqualTo("pending");

        Apps.start(url).close();
        assertThat(run("migration:status", "--json", database[0], database[1])).as(err.toString()).isZero();
        JsonNode applied = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(applied).extracting(n -> n.get("state").asText()).containsOnly("applied");
    }

    @Test
    void aProductionProfileRefusesDevOnlyCommands() {
        String url = TestDatabases.newDatabase();
        int code = run("migration:reset", "--spring.profiles.active=prod", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("production");
    }

    @Test
    void noDataSourceIsOneClearLine() {
        int code = run("migration:status");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("error: cannot resolve the application's DataSource:")
                .doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }
}
