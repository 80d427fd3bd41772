package dev.mifty.example.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CLI goal of mifty-maven-plugin on a copy of the example app, through real Maven builds
 * against a real PostgreSQL. Several goals share one Maven run (mvn a b c) to keep the suite fast;
 * the steps build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MavenPluginGoalsTest {

    private static final String PASSWORD = "pw-Zq81-never-printed";
    private static final String MIGRATIONS = "src/main/java/dev/mifty/example/migrations";

    @TempDir
    static Path work;

    private static UserProject project;
    private static EmbeddedPostgres postgres;
    private static String postgresUrl;
    private static String jdbcUrl;
    private static int compiled;

    @BeforeAll
    static void copyProjectAndStartDatabase() throws Exception {
        project = UserProject.copyOf(Path.of("").toAbsolutePath(), work);
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE app LOGIN CREATEDB PASSWORD '" + PASSWORD + "'"); // CREATEDB: mifty:squash's scratch database
            s.execute("CREATE DATABASE shop OWNER app");
        }
        postgresUrl = "postgres://app:" + PASSWORD + "@localhost:" + postgres.getPort() + "/shop";
        jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/shop";
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void runAndStatusPrintWhatTheCliPrints() throws Exception {
        int migrations = project.migrations().size();
        compiled = migrations;

        UserProject.Result build = project.mvn(Map.of("DATABASE_URL", postgresUrl), "compile", "mifty:run", "mifty:status");

        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(build.output()).contains("Applying " + migrations + " migration(s) to jdbc:postgresql://localhost:"
                + postgres.getPort() + "/shop (user app)", "Applied " + migrations + " migration(s)",
                migrations + " applied", "Database: postgres://app:***@localhost:")
                .doesNotContain(PASSWORD);
        assertThat(query("SELECT count(*) FROM mifty_schema_history")).isEqualTo(String.valueOf(migrations));

        UserProject.Result cli = project.java(Map.of("DATABASE_URL", postgresUrl), "dev.mifty.cli.Main", "migration:status");
        assertThat(cli.exit()).as(cli.output()).isZero();
        assertThat(build.output()).as("the goal prints exactly the CLI's output").contains(cli.output());
    }

    @Test
    @Order(2)
    void rollbackOneStepWithThePasswordInPluginConfigurationNeverPrintsIt() throws Exception {
        UserProject.Result build = project.mvn(Map.of(), "-X", "mifty:rollback", "mifty:status",
                "-Dmifty.steps=1", "-Dmifty.url=" + jdbcUrl, "-Dmifty.user=app", "-Dmifty.password=" + PASSWORD);

        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(build.output()).contains("1 pending", "(from -Dmifty.url)", "[DEBUG]   (f) user = app")
                .doesNotContain(PASSWORD);
    }

    @Test
    @Order(3)
    void syncDiffAndResolve() throws Exception {
        String newest = newestVersion();

        UserProject.Result build = project.mvn(Map.of("DATABASE_URL", postgresUrl), "mifty:sync", "mifty:diff",
                "mifty:resolve", "-Dmifty.name=" + newest, "-Dmifty.as=up", "mifty:status");

        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(build.output()).contains(project.migrations().size() + " applied").doesNotContain(PASSWORD);
        assertThat(query("SELECT type FROM mifty_schema_history WHERE version = '" + newest + "'")).isEqualTo("RESOLVED");

        UserProject.Result squash = project.mvn(Map.of("DATABASE_URL", postgresUrl), "mifty:squash",
                "-Dmifty.to=" + newest, "-Dmifty.sourceDir=target/mifty-squash");
        assertThat(squash.exit()).as(squash.output()).isZero();
        assertThat(squash.output()).contains("Wrote ", "up to " + newest).doesNotContain(PASSWORD);
        Path written;
        try (var files = Files.walk(project.file("target/mifty-squash"))) {
            written = files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(written)).contains("replaces = \"" + newest + "\"", "CREATE TABLE");
    }

    @Test
    @Order(4)
    void resetDropCreateAndADiffThatFailsTheBuild() throws Exception {
        UserProject.Result build = project.mvn(Map.of("DATABASE_URL", postgresUrl), "mifty:reset", "mifty:drop",
                "mifty:create", "-Dmifty.name=add audit log", "-Dmifty.type=create", "mifty:diff");

        assertThat(build.exit()).as("schema:diff finds the dropped tables: " + build.output()).isNotZero();
        assertThat(build.output()).contains("CREATE TABLE", "mifty schema:diff failed (exit code 1)")
                .doesNotContain(PASSWORD);
        assertThat(query("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).isEqualTo("0");
        List<String> created = project.migrations(MIGRATIONS).stream().filter(n -> n.endsWith("_AddAuditLog.java")).toList();
        assertThat(created).hasSize(1);
        assertThat(Files.readString(project.file(MIGRATIONS).resolve(created.get(0)))).contains("CREATE TABLE");
    }

    @Test
    @Order(5)
    void withoutDatabaseUrlTheSpringBootDatasourceOfTheActiveProfileIsUsed() throws Exception {
        project.write("src/main/resources/application.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost:1/nowhere
                    username: app
                    password: ${SHOP_DB_PASSWORD}
                ---
                spring:
                  config:
                    activate:
                      on-profile: ci
                  datasource:
                    url: %s
                """.formatted(jdbcUrl));

        UserProject.Result build = project.mvn(Map.of("SHOP_DB_PASSWORD", PASSWORD), "mifty:run",
                "-Dspring.profiles.active=ci");

        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(build.output()).contains("application.yml (on-profile ci), spring.datasource.*, profiles ci",
                "(user app)", "Applied " + compiled + " migration(s)").doesNotContain(PASSWORD);
    }

    private static String newestVersion() throws Exception {
        List<String> files = project.migrations();
        String last = files.get(files.size() - 1);
        return last.substring(1, last.indexOf('_'));
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", "shop").getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
