package dev.mifty.example.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub Actions workflow of docs/ci.md: its jobs are read from the page, and the {@code run:}
 * steps are executed as written on a copy of the example app, the {@code DATABASE_URL} secret
 * being a real PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CiWorkflowTest {

    @TempDir
    static Path work;

    private static UserProject project;
    private static EmbeddedPostgres postgres;
    private static Map<String, Object> jobs;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readWorkflow() throws Exception {
        Path reactor = Path.of("").toAbsolutePath().getParent();
        Matcher yaml = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(reactor.resolve("docs/ci.md")));
        assertThat(yaml.find()).as("docs/ci.md has a workflow").isTrue();
        Map<String, Object> workflow = new Yaml().load(yaml.group(1));
        jobs = (Map<String, Object>) workflow.get("jobs");
        project = UserProject.copyOf(Path.of("").toAbsolutePath(), work);
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void thePullRequestJobPassesWhenEntitiesAndMigrationsAgree() throws Exception {
        // (that the same command fails on a pending change is CheckGoalTest's)
        assertThat(String.valueOf(job("check").get("if"))).contains("pull_request");

        List<UserProject.Result> steps = runSteps("check", Map.of());

        assertThat(steps).isNotEmpty();
        for (UserProject.Result step : steps) {
            assertThat(step.exit()).as(step.output()).isZero();
            assertThat(step.output()).contains("mifty:check: the entities match");
        }
    }

    @Test
    @Order(2)
    void theMainJobAppliesTheMigrationsToTheSecretsDatabase() throws Exception {
        assertThat(String.valueOf(job("migrate").get("if"))).contains("refs/heads/main");
        String url = postgres.getJdbcUrl("postgres", "postgres");

        List<UserProject.Result> steps = runSteps("migrate", Map.of("secrets.DATABASE_URL", url));

        assertThat(steps).hasSizeGreaterThanOrEqualTo(1);
        for (UserProject.Result step : steps) {
            assertThat(step.exit()).as(step.output()).isZero();
        }
        assertThat(String.join("\n", steps.stream().map(UserProject.Result::output).toList())).contains("Applied");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM mifty_schema_history WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(project.migrations().size());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job(String name) {
        assertThat(jobs).containsKey(name);
        return (Map<String, Object>) jobs.get(name);
    }

    /**
     * Runs a job's {@code run:} steps in order, with their {@code env:} ({@code ${{ secrets.X }}}
     * from {@code secrets}), until one fails; returns their results.
     */
    @SuppressWarnings("unchecked")
    private static List<UserProject.Result> runSteps(String jobName, Map<String, String> secrets) throws Exception {
        List<UserProject.Result> results = new ArrayList<>();
        for (Map<String, Object> step : (List<Map<String, Object>>) job(jobName).get("steps")) {
            Object run = step.get("run");
            if (run == null) {
                continue;
            }
            List<String> words = new ArrayList<>(Arrays.asList(String.valueOf(run).strip().split("\\s+")));
            assertThat(words.get(0)).as("a Maven step: " + run).isEqualTo("mvn");
            Map<String, String> env = new HashMap<>();
            Map<String, Object> declared = (Map<String, Object>) step.getOrDefault("env", Map.of());
            for (Map.Entry<String, Object> e : declared.entrySet()) {
                env.put(e.getKey(), substitute(String.valueOf(e.getValue()), secrets));
            }
            UserProject.Result result = project.mvn(env, words.subList(1, words.size()).toArray(String[]::new));
            results.add(result);
            if (result.exit() != 0) {
                break;
            }
        }
        return results;
    }

    private static String substitute(String value, Map<String, String> secrets) {
        Matcher m = Pattern.compile("\\$\\{\\{\\s*([\\w.]+)\\s*}}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String secret = secrets.get(m.group(1));
            assertThat(secret).as("the test provides " + m.group(1)).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(secret));
        }
        m.appendTail(out);
        return out.toString();
    }
}
