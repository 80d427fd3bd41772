package dev.mifty.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.runtime.internal.lock.AdvisoryLock;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.runtime.testapp.migrations.TestApp;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The no-op run decides without the migration lock, and only then: while another session holds
 * the lock, a run with everything applied returns at once, and a run with anything to do (a pending
 * migration, a migration another runner recorded as started) waits for the lock instead.
 */
class NoOpWithoutLockTest {

    private static final long KEY = AdvisoryLock.keyOf("public", "mifty_schema_history");

    @Test
    void upToDateRunNeedsNoLockAnythingElseWaitsForIt() throws Exception {
        String url = TestDatabases.newDatabase();
        try (Mifty mifty = Mifty.configure().url(url).manifest(TestApp.base().build()).load()) {
            assertThat(mifty.migrate()).hasSize(3);
        }
        try (Connection holder = TestDatabases.connect(url); Statement s = holder.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + KEY + ")"); // another runner is busy

            List<String> lines = new ArrayList<>();
            try (Mifty mifty = mifty(url, TestApp.base().build(), lines)) {
                assertThat(mifty.migrate()).isEmpty();
            }
            assertThat(lines).anyMatch(l -> l.startsWith("Nothing to migrate: the database is up to date (3 applied"))
                    .noneMatch(l -> l.contains("waiting for the migration lock"));

            TestManifest withNewer = TestApp.base()
                    .sql("20260101000004", "create_notes", List.of("CREATE TABLE notes (id INT)"), List.of("DROP TABLE notes"))
                    .build();
            lines.clear();
            try (Mifty mifty = mifty(url, withNewer, lines)) {
                assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT));
            }
            assertThat(lines).anyMatch(l -> l.contains("waiting for the migration lock"));

            // the other runner has recorded a non-transactional migration as started: not for us to judge unlocked
            Db.execute(url, "INSERT INTO mifty_schema_history (installed_rank, version, description, type, checksum,"
                    + " execution_time, success) VALUES (4, '20260101000004', 'create_notes', 'HANDWRITTEN', 'x', 0, false)");
            lines.clear();
            try (Mifty mifty = mifty(url, TestApp.base().build(), lines)) {
                assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT));
            }

            s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            Db.execute(url, "DELETE FROM mifty_schema_history WHERE version = '20260101000004'");
        }
        assertThat(Db.history(url)).containsExactly(TestApp.V1 + ":t", TestApp.V2 + ":t", TestApp.V3 + ":t");
    }

    @Test
    void aDatabaseWithoutHistoryIsMigratedUnderTheLockEvenWithNothingToApply() {
        String url = TestDatabases.newDatabase();
        try (Mifty mifty = Mifty.configure().url(url).manifest(TestManifest.builder().build()).load()) {
            assertThat(mifty.migrate()).isEmpty();
        }
        assertThat(Db.tables(url)).contains("mifty_schema_history");
    }

    @Test
    void aChangedMigrationIsStillRefusedWithTheValidationMessage() {
        String url = TestDatabases.newDatabase();
        try (Mifty mifty = Mifty.configure().url(url).manifest(TestApp.base().build()).load()) {
            mifty.migrate();
        }
        Db.execute(url, "UPDATE mifty_schema_history SET checksum = 'edited' WHERE version = '" + TestApp.V2 + "'");
        try (Mifty mifty = Mifty.configure().url(url).manifest(TestApp.base().build()).load()) {
            assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                assertThat(e.getMessage()).contains("was changed after it was applied");
            });
        }
    }

    private static Mifty mifty(String url, TestManifest manifest, List<String> lines) {
        return Mifty.configure().url(url).manifest(manifest).lockTimeout(Duration.ofMillis(300)).log(lines::add).load();
    }
}
