package dev.mifty.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.cli.Cli;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.schema.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Environment-specific migrations and per-environment auto-run, on real PostgreSQL, through the
 * CLI ({@code MIFTY_ENV}, {@code Main.withEnvironment}) and the API ({@code Mifty.Builder}).
 */
class EnvironmentTest {

    static final String V1 = "20260401000001";
    static final String V2 = "20260401000002";
    static final String V3 = "20260401000003";

    /** A table, then development-only seed data, then a change every environment gets. */
    static MigrationManifest manifest() {
        return TestManifest.builder()
                .sql(V1, "create_pets", List.of("CREATE TABLE pets (name TEXT PRIMARY KEY, env TEXT)"), List.of("DROP TABLE pets"))
                .add(V2, "seed_pets", "5eed000000000002", SeedPets::new)
                .sql(V3, "add_pets_age", List.of("ALTER TABLE pets ADD COLUMN age INT"), List.of("ALTER TABLE pets DROP COLUMN age"))
                .build();
    }

    /** Seeds only in development and records which environment it saw, when that is development or test. */
    public static final class SeedPets implements Migration {
        @Override
        public void up(MigrationContext context) throws Exception {
            if (context.environment() == Environment.PRODUCTION) {
                return;
            }
            context.execute("INSERT INTO pets (name, env) VALUES ('rex', '" + context.environment().name() + "')");
        }

        @Override
        public void down(MigrationContext context) throws Exception {
            context.execute("DELETE FROM pets WHERE name = 'rex'");
        }
    }

    @Test
    void aDataMigrationSeesMiftyEnvThroughTheCli() {
        String dev = TestDatabases.newDatabase();
        Cli.Result devRun = Cli.on(dev).manifest(manifest()).env("MIFTY_ENV", "development").run("migration:run");
        assertThat(devRun.exitCode()).as(devRun.toString()).isZero();
        assertThat(Db.strings(dev, "SELECT env FROM pets")).containsExactly("DEVELOPMENT");

        String prod = TestDatabases.newDatabase();
        Cli.Result prodRun = Cli.on(prod).manifest(manifest()).env("MIFTY_ENV", "production").run("migration:run");
        assertThat(prodRun.exitCode()).as(prodRun.toString()).isZero();
        assertThat(Db.count(prod, "SELECT count(*) FROM pets")).isZero();
        assertThat(Db.history(prod)).containsExactly(V1 + ":t", V2 + ":t", V3 + ":t");

        // Main.withEnvironment (what the Spring Boot starter passes) wins over MIFTY_ENV; the dry run sees it too
        String test = TestDatabases.newDatabase();
        Cli.Result dry = Cli.on(test).manifest(manifest()).env("MIFTY_ENV", "production").environment(Environment.TEST)
                .run("migration:run", "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("INSERT INTO pets (name, env) VALUES ('rex', 'TEST');");
    }

    @Test
    void theApiGivesTheBuildersEnvironmentToMigrations() {
        String url = TestDatabases.newDatabase();
        try (Mifty mifty = Mifty.configure().url(url).manifest(manifest()).environment(Environment.TEST).load()) {
            assertThat(mifty.environment()).isEqualTo(Environment.TEST);
            mifty.migrate();
        }
        assertThat(Db.strings(url, "SELECT env FROM pets")).containsExactly("TEST");
    }

    @Test
    void autoRunOffInProductionValidatesAndFailsListingThePendingMigrations() {
        String url = TestDatabases.newDatabase();
        Mifty.Builder production = Mifty.configure().url(url).manifest(manifest())
                .environment(Environment.PRODUCTION).autoRun(Environment.PRODUCTION, false);

        try (Mifty mifty = production.load()) {
            assertThat(mifty.autoRun()).isFalse();
            assertThatThrownBy(mifty::migrateOnStartup).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.PENDING);
                assertThat(e.getMessage()).contains("3 migration(s) pending", "auto-run is off in production",
                        V1 + "_create_pets", V2 + "_seed_pets", V3 + "_add_pets_age", "migration:run");
            });
        }
        assertThat(Db.tables(url)).as("nothing applied, no history table created").isEmpty();

        // the CLI applies two of them; start-up still refuses and names only the one left
        Cli.Result run = Cli.on(url).manifest(manifest()).env("MIFTY_ENV", "production").run("migration:run", "--to=" + V2);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("1 migration(s) still pending (newer than " + V2 + "): " + V3 + "_add_pets_age");
        try (Mifty mifty = production.load()) {
            assertThatThrownBy(mifty::migrateOnStartup).isInstanceOfSatisfying(MiftyException.class, e ->
                    assertThat(e.getMessage()).contains("1 migration(s) pending", V3 + "_add_pets_age")
                            .doesNotContain(V1 + "_create_pets"));
            assertThat(mifty.migrateOnStartup(V2)).as("up to the target nothing is pending").isEmpty();
        }

        // the same settings in development (auto-run on there) apply it
        try (Mifty mifty = Mifty.configure().url(url).manifest(manifest()).environment(Environment.DEVELOPMENT)
                .autoRun(Environment.PRODUCTION, false).load()) {
            assertThat(mifty.autoRun()).isTrue();
            assertThat(mifty.migrateOnStartup()).extracting(MigrationInfo::version).containsExactly(V3);
        }
        try (Mifty mifty = production.load()) {
            assertThat(mifty.migrateOnStartup()).isEmpty();
            assertThat(mifty.validateNoPending()).extracting(MigrationInfo::state).containsOnly(MigrationState.APPLIED);
        }
    }

    @Test
    void validateNoPendingRefusesAChangedMigrationLikeMigrateDoes() {
        String url = TestDatabases.newDatabase();
        try (Mifty mifty = Mifty.configure().url(url).manifest(manifest()).load()) {
            mifty.migrate();
        }
        MigrationManifest edited = TestManifest.builder()
                .sql(V1, "create_pets", List.of("CREATE TABLE pets (name TEXT PRIMARY KEY, env TEXT, extra INT)"), List.of("DROP TABLE pets"))
                .add(V2, "seed_pets", "5eed000000000002", SeedPets::new)
                .sql(V3, "add_pets_age", List.of("ALTER TABLE pets ADD COLUMN age INT"), List.of("ALTER TABLE pets DROP COLUMN age"))
                .build();
        try (Mifty mifty = Mifty.configure().url(url).manifest(edited).autoRun(false).load()) {
            assertThatThrownBy(mifty::migrateOnStartup).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                assertThat(e.getMessage()).contains(V1 + "_create_pets", "was changed after it was applied");
            });
        }
    }
}
