package dev.mifty.example.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
 * The example app as a user's project: real Maven builds of a copy of it, the CLI applying the
 * migrations to a real PostgreSQL, Hibernate validating the result. The steps build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    private static final String CUSTOMER = "src/main/java/dev/mifty/example/shop/Customer.java";
    private static final String SNAPSHOT = "src/main/resources/db/mifty/schema.json";
    private static final String CLI = "dev.mifty.cli.Main";
    private static final String APP = "dev.mifty.example.ShopApplication";

    @TempDir
    static Path work;

    private static UserProject project;
    private static EmbeddedPostgres postgres;
    private static Map<String, String> env;
    private static List<String> committedMigrations;

    @BeforeAll
    static void copyProjectAndStartDatabase() throws Exception {
        project = UserProject.copyOf(Path.of("").toAbsolutePath(), work);
        committedMigrations = project.migrations();
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE shop");
        }
        env = Map.of("DATABASE_URL", postgres.getJdbcUrl("postgres", "shop"));
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void committedMigrationsMatchTheEntities() throws Exception {
        UserProject.Result build = project.mvn("compile");
        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(project.migrations()).isEqualTo(committedMigrations).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    @Order(2)
    void addingAFieldGeneratesExactlyOneMigration() throws Exception {
        String snapshotBefore = project.read(SNAPSHOT);
        project.edit(CUSTOMER, "    private String mobile;\n",
                "    private String mobile;\n\n    private String nickname;\n");

        UserProject.Result build = project.mvn("compile");

        assertThat(build.exit()).as(build.output()).isZero();
        List<String> added = added(committedMigrations, project.migrations());
        assertThat(added).hasSize(1);
        assertThat(added.get(0)).matches("V\\d{14}_\\w+\\.java");
        assertThat(project.read("src/main/java/dev/mifty/example/migrations/" + added.get(0)))
                .containsIgnoringCase("nickname");
        assertThat(project.read(SNAPSHOT)).isNotEqualTo(snapshotBefore).contains("nickname");
        assertThat(build.output()).contains(added.get(0).replace(".java", ""));
    }

    @Test
    @Order(3)
    void aSecondBuildWritesNothingAndCleanCompileWorks() throws Exception {
        List<String> before = project.migrations();
        String snapshot = project.read(SNAPSHOT);

        UserProject.Result again = project.mvn("compile");
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(project.migrations()).isEqualTo(before);
        assertThat(project.read(SNAPSHOT)).isEqualTo(snapshot);

        UserProject.Result clean = project.mvn("clean", "compile");
        assertThat(clean.exit()).as(clean.output()).isZero();
        assertThat(project.migrations()).isEqualTo(before);
        assertThat(project.read(SNAPSHOT)).isEqualTo(snapshot);
    }

    @Test
    @Order(4)
    void entitiesInTestSourcesAreLeftAlone() throws Exception {
        List<String> before = project.migrations();
        String snapshot = project.read(SNAPSHOT);
        Files.createDirectories(project.file("src/test/java/dev/mifty/example"));
        project.write("src/test/java/dev/mifty/example/TestOnlyFixture.java", """
                package dev.mifty.example;

                @jakarta.persistence.Entity
                public class TestOnlyFixture {
                    @jakarta.persistence.Id
                    Long id;
                }
                """);

        UserProject.Result build = project.mvn("test-compile");

        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(build.output()).contains("test compilation");
        assertThat(project.migrations()).isEqualTo(before);
        assertThat(project.read(SNAPSHOT)).isEqualTo(snapshot);
    }

    @Test
    @Order(5)
    void theCliAppliesEverythingAndHibernateValidates() throws Exception {
        UserProject.Result run = project.java(env, CLI, "migration:run");
        assertThat(run.exit()).as(run.output()).isZero();

        UserProject.Result app = project.java(env, APP);
        assertThat(app.exit()).as(app.output()).isZero();
        assertThat(app.output()).contains("Hibernate validated the schema");

        UserProject.Result status = project.java(env, CLI, "migration:status");
        assertThat(status.exit()).as(status.output()).isZero();
        assertThat(status.output()).doesNotContain("pending");

        UserProject.Result diff = project.java(env, CLI, "schema:diff");
        assertThat(diff.exit()).as("the migrated database is in sync with the model: " + diff.output()).isZero();
        assertThat(query("SELECT count(*) FROM customer")).isNotEqualTo("0");
    }

    @Test
    @Order(6)
    void aRenameKeepsTheColumnsData() throws Exception {
        execute("UPDATE customer SET nickname = 'Ada'");
        project.edit(CUSTOMER, "    private String nickname;\n",
                "    @dev.mifty.annotations.RenamedFrom(\"nickname\")\n    private String displayName;\n");
        List<String> before = project.migrations();

        UserProject.Result build = project.mvn("compile");
        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(added(before, project.migrations())).hasSize(1);

        UserProject.Result run = project.java(env, CLI, "migration:run");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(query("SELECT string_agg(DISTINCT display_name, ',') FROM customer")).isEqualTo("Ada");

        UserProject.Result app = project.java(env, APP);
        assertThat(app.exit()).as(app.output()).isZero();
    }

    @Test
    @Order(7)
    void checkModeFailsOnAnUnsavedChangeAndWritesNothing() throws Exception {
        List<String> before = project.migrations();
        String snapshot = project.read(SNAPSHOT);
        String customer = project.read(CUSTOMER);
        project.edit(CUSTOMER, "    private String mobile;\n",
                "    private String mobile;\n\n    private Integer loyaltyPoints;\n");

        UserProject.Result build = project.mvn("compile", "-Dmifty.mode=check");

        assertThat(build.exit()).as(build.output()).isNotZero();
        assertThat(build.output()).contains("loyalty_points");
        assertThat(project.migrations()).isEqualTo(before);
        assertThat(project.read(SNAPSHOT)).isEqualTo(snapshot);

        project.write(CUSTOMER, customer);
        UserProject.Result reverted = project.mvn("compile", "-Dmifty.mode=check");
        assertThat(reverted.exit()).as(reverted.output()).isZero();
        assertThat(project.migrations()).isEqualTo(before);
    }

    @Test
    @Order(8)
    void rollingBackTwoStepsReturnsToTheEarlierSchemaWithTheDataKept() throws Exception {
        String customersBefore = query("SELECT count(*) FROM customer");

        UserProject.Result rollback = project.java(env, CLI, "migration:rollback", "--steps=2");

        assertThat(rollback.exit()).as(rollback.output()).isZero();
        assertThat(query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'customer' "
                + "AND column_name IN ('nickname', 'display_name')")).isEqualTo("0");
        assertThat(query("SELECT count(*) FROM customer")).isEqualTo(customersBefore);
        UserProject.Result status = project.java(env, CLI, "migration:status");
        assertThat(status.output()).contains("pending");
    }

    private static List<String> added(List<String> before, List<String> after) {
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        return added;
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", "shop").getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", "shop").getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
