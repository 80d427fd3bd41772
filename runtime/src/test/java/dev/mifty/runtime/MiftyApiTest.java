package dev.mifty.runtime;

import static dev.mifty.runtime.testapp.migrations.TestApp.V1;
import static dev.mifty.runtime.testapp.migrations.TestApp.V2;
import static dev.mifty.runtime.testapp.migrations.TestApp.V3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.runtime.testapp.migrations.TestApp;
import dev.mifty.schema.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiftyApiTest {

    private final String url = TestDatabases.newDatabase();

    private Mifty mifty(MigrationManifest manifest) {
        return Mifty.configure().url(url).manifest(manifest).load();
    }

    @Test
    void migrateAppliesEveryPendingMigrationOnceAndRecordsHistory() {
        List<String> lines = new ArrayList<>();
        try (Mifty mifty = Mifty.configure().url(url).log(lines::add).load()) { // manifest through ServiceLoader
            List<MigrationInfo> applied = mifty.migrate();
            assertThat(applied).extracting(MigrationInfo::version).containsExactly(V1, V2, V3);
            assertThat(mifty.migrate()).isEmpty();
            assertThat(mifty.status()).extracting(MigrationInfo::state).containsOnly(MigrationState.APPLIED);
        }
        assertThat(Db.tables(url)).containsExactly("customers", "mifty_schema_history", "orders");
        assertThat(Db.history(url)).containsExactly(V1 + ":t", V2 + ":t", V3 + ":t");
        assertThat(Db.strings(url, "SELECT name FROM customers ORDER BY id")).containsExactly("Ada", "Grace");
        assertThat(Db.strings(url, "SELECT type || ' ' || installed_by || ' ' || (execution_time >= 0) FROM mifty_schema_history"))
                .containsOnly("HANDWRITTEN postgres true");
        assertThat(lines).anyMatch(l -> l.contains("applied " + V2 + "_create_orders") && l.endsWith(" ms)"));
        assertThat(Db.advisoryLocks(url)).isZero();
    }

    @Test
    void migrateToStopsAtTheVersion() {
        try (Mifty mifty = mifty(TestApp.base().build())) {
            assertThat(mifty.migrate(V2)).extracting(MigrationInfo::version).containsExactly(V1, V2);
            assertThat(mifty.status()).extracting(MigrationInfo::state)
                    .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING);
            assertThatThrownBy(() -> mifty.migrate("20990101000000"))
                    .isInstanceOfSatisfying(MiftyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }
    }

    @Test
    void dryRunListsEveryStatementInOrderAndChangesNothing() {
        try (Mifty mifty = mifty(TestApp.base().build())) {
            List<PlannedMigration> plan = mifty.dryRun();
            assertThat(plan).extracting(PlannedMigration::version).containsExactly(V1, V2, V3);
            assertThat(plan.get(1).statements()).containsExactly(
                    "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers (id))",
                    "CREATE INDEX orders_customer_idx ON orders (customer_id)");
            assertThat(plan.get(2).statements()).containsExactly("INSERT INTO customers (id, name) VALUES (1, 'Ada')");
        }
        assertThat(Db.tables(url)).isEmpty();

        TestManifest careless = TestManifest.builder().add(V1, "careless_data_step", "00", () -> new Migration() {
            public void up(MigrationContext context) throws Exception {
                context.connection().createStatement().execute("SELECT 1");
            }

            public void down(MigrationContext context) {
            }
        }).build();
        try (Mifty mifty = mifty(careless)) {
            assertThatThrownBy(mifty::dryRun).hasMessageContaining(V1 + "_careless_data_step cannot be listed in a dry run")
                    .hasMessageContaining("isDryRun()");
        }
    }

    @Test
    void rollbackRunsDownNewestFirst() {
        try (Mifty mifty = mifty(TestApp.base().build())) {
            mifty.migrate();
            assertThat(mifty.rollback(1)).extracting(MigrationInfo::version).containsExactly(V3);
            assertThat(Db.count(url, "SELECT count(*) FROM customers")).isZero();
            assertThat(mifty.rollbackTo(V1)).extracting(MigrationInfo::version).containsExactly(V2);
            assertThat(Db.tables(url)).containsExactly("customers", "mifty_schema_history");
            assertThat(Db.history(url)).containsExactly(V1 + ":t");
            mifty.migrate();
            assertThat(mifty.rollback(2)).extracting(MigrationInfo::version).containsExactly(V3, V2);
            assertThat(mifty.reset()).extracting(MigrationInfo::version).containsExactly(V1);
            assertThat(mifty.reset()).isEmpty();
            assertThatThrownBy(() -> mifty.rollback(0)).isInstanceOfSatisfying(MiftyException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.USAGE));
        }
        assertThat(Db.tables(url)).containsExactly("mifty_schema_history");
    }

    @Test
    void resolveMarksAppliedOrNotWithoutRunning() {
        try (Mifty mifty = mifty(TestApp.base().build())) {
            MigrationInfo resolved = mifty.resolve("create_customers", Direction.UP);
            assertThat(resolved.state()).isEqualTo(MigrationState.APPLIED);
            assertThat(Db.tables(url)).containsExactly("mifty_schema_history");
            Db.execute(url, "CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
            mifty.migrate();
            assertThat(Db.history(url)).containsExactly(V1 + ":t", V2 + ":t", V3 + ":t");
            assertThat(Db.strings(url, "SELECT type FROM mifty_schema_history WHERE version = '" + V1 + "'")).containsExactly("RESOLVED");
            mifty.resolve(V3 + "_fill_customers", Direction.DOWN);
            assertThat(mifty.status().get(2).state()).isEqualTo(MigrationState.PENDING);
            assertThat(Db.count(url, "SELECT count(*) FROM customers")).isEqualTo(2); // down did not run
            assertThatThrownBy(() -> mifty.resolve("no_such_thing", Direction.UP)).isInstanceOfSatisfying(MiftyException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }
    }

    @Test
    void checksumMismatchIsRefusedNamingMigrationAndBothChecksums() {
        try (Mifty mifty = mifty(TestApp.base().build())) {
            mifty.migrate(V2);
        }
        Db.execute(url, "UPDATE mifty_schema_history SET checksum = 'deadbeefdeadbeef' WHERE version = '" + V2 + "'");
        String expected = TestApp.base().build().migrations().get(1).checksum();
        try (Mifty mifty = mifty(TestApp.base().build())) {
            assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                assertThat(e.getMessage()).contains(V2 + "_create_orders", "deadbeefdeadbeef", expected);
            });
            assertThatThrownBy(() -> mifty.rollback(1)).isInstanceOf(MiftyException.class);
            assertThat(mifty.status().get(1).state()).isEqualTo(MigrationState.CHECKSUM_MISMATCH);
            assertThat(Db.history(url)).hasSize(2); // nothing ran
            mifty.resolve("create_orders", Direction.UP); // accept the edit
            assertThat(mifty.migrate()).hasSize(1);
        }
    }

    @Test
    void unknownAppliedVersionIsRefusedUnlessAllowed() {
        try (Mifty mifty = mifty(TestApp.base().build())) {
            mifty.migrate();
        }
        TestManifest older = TestManifest.builder().sql(V1, "create_customers",
                List.of("CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)"),
                List.of("DROP TABLE customers")).build();
        try (Mifty mifty = mifty(older)) {
            assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                assertThat(e.getMessage()).contains(V2 + "_create_orders", "not in this application's manifest", "--ignore-unknown");
            });
            assertThat(mifty.status()).extracting(MigrationInfo::state)
                    .containsExactly(MigrationState.APPLIED, MigrationState.UNKNOWN, MigrationState.UNKNOWN);
        }
        try (Mifty mifty = Mifty.configure().url(url).manifest(older).ignoreUnknown(true).load()) {
            assertThat(mifty.migrate()).isEmpty();
            assertThatThrownBy(() -> mifty.rollback(1)).hasMessageContaining("cannot roll back " + V3);
        }
    }

    @Test
    void productionRefusesDevOnlyCommands() {
        try (Mifty mifty = Mifty.configure().url(url).manifest(TestApp.base().build())
                .environment(Environment.PRODUCTION).load()) {
            mifty.migrate();
            for (Runnable devOnly : List.<Runnable>of(mifty::reset, mifty::drop, mifty::sync)) {
                assertThatThrownBy(devOnly::run).isInstanceOfSatisfying(MiftyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PRODUCTION_GUARD);
                    assertThat(e.getMessage()).contains("production");
                });
            }
        }
        assertThat(Db.history(url)).hasSize(3);
    }

    @Test
    void manifestMissingOrTwiceIsAClearError(@TempDir Path dir) throws Exception {
        try (Mifty mifty = Mifty.configure().url(url).classLoader(new URLClassLoader(new URL[0], null)).load()) {
            assertThatThrownBy(mifty::status).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.MANIFEST);
                assertThat(e.getMessage()).contains("no migration manifest", "mifty-processor");
            });
        }
        Path services = dir.resolve("META-INF/services/" + MigrationManifest.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, SecondManifest.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
             Mifty mifty = Mifty.configure().url(url).classLoader(loader).load()) {
            assertThatThrownBy(mifty::status).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.MANIFEST);
                assertThat(e.getMessage()).contains("more than one", SecondManifest.class.getName(),
                        "dev.mifty.runtime.testapp.migrations.MiftyManifest");
            });
        }
    }

    @Test
    void manifestOutOfOrderOrDuplicateIsRefused() {
        TestManifest duplicate = TestManifest.builder()
                .sql(V1, "a", List.of("SELECT 1"), List.of()).sql(V1, "b", List.of("SELECT 2"), List.of()).build();
        try (Mifty mifty = mifty(duplicate)) {
            assertThatThrownBy(mifty::migrate).hasMessageContaining("two migrations have version " + V1);
        }
    }

    /** A second manifest, for the "two manifests" error. */
    public static class SecondManifest extends TestManifest {
        public SecondManifest() {
            super(List.of(), "none.json");
        }
    }

    @Test
    void lockHeldElsewhereTimesOutWithAClearMessage() throws Exception {
        long key = dev.mifty.runtime.internal.lock.AdvisoryLock.keyOf("public", "mifty_schema_history");
        try (java.sql.Connection holder = TestDatabases.connect(url); java.sql.Statement s = holder.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + key + ")");
            List<String> lines = new ArrayList<>();
            try (Mifty mifty = Mifty.configure().url(url).manifest(TestApp.base().build())
                    .lockTimeout(java.time.Duration.ofMillis(300)).log(lines::add).load()) {
                assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT);
                    assertThat(e.getMessage()).contains("another Mifty run holds the migration lock");
                });
                assertThat(lines).anyMatch(l -> l.contains("waiting for the migration lock"));
                s.execute("SELECT pg_advisory_unlock(" + key + ")");
                assertThat(mifty.migrate()).hasSize(3);
            }
        }
    }

    @Test
    void createMigrationAndCustomHistoryTableThroughTheApi(@TempDir Path dir) throws Exception {
        try (Mifty mifty = Mifty.configure().url(url).historyTable("app_history").schema("public")
                .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-24T10:00:00Z"), java.time.ZoneOffset.UTC))
                .load()) {
            Path file = mifty.createMigration("backfill totals", MigrationType.DATA, dir, null);
            assertThat(file).isEqualTo(dir.resolve("dev/mifty/runtime/testapp/migrations/V20261124100000_BackfillTotals.java"));
            assertThat(Files.readString(file)).contains("name = \"backfill_totals\"");
            mifty.migrate();
        }
        assertThat(Db.tables(url)).contains("app_history").doesNotContain("mifty_schema_history");
    }
}
