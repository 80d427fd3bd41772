package dev.mifty.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.cli.Cli;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.SqlMigration;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A real open transaction holds a lock on the table a migration alters: the migration waits at most
 * its lock timeout, backs off and retries, and the application's queries on that table (queued
 * behind the migration's lock request) are never stalled longer than the timeout.
 */
class LockTimeoutTest {

    private static final String V1 = "20260301000001";
    private static final String ALTER = "ALTER TABLE customers ADD COLUMN phone TEXT";

    private final String url = TestDatabases.newDatabase();

    LockTimeoutTest() {
        Db.execute(url, "CREATE TABLE customers (id BIGINT PRIMARY KEY, name TEXT)");
        Db.execute(url, "INSERT INTO customers VALUES (1, 'Ada')");
    }

    private static TestManifest alterCustomers(Duration own) {
        return TestManifest.builder().add(V1, "add_phone_to_customers", "c0ffee0000000101",
                () -> new SqlMigration(List.of(ALTER), List.of("ALTER TABLE customers DROP COLUMN phone"), true) {
                    @Override
                    public Duration lockTimeout() {
                        return own;
                    }
                }).build();
    }

    @Test
    void applicationQueriesStallAtMostTheTimeoutAndTheFailureNamesTheBlocker() throws Exception {
        try (Connection blocker = TestDatabases.connect(url); Statement b = blocker.createStatement()) {
            b.execute("SET application_name = 'report-job'");
            int blockerPid = pid(blocker);
            blocker.setAutoCommit(false);
            b.executeQuery("SELECT * FROM customers").close(); // AccessShareLock until the transaction ends

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong maxStallMillis = new AtomicLong();
            AtomicLong queries = new AtomicLong();
            Thread application = new Thread(() -> {
                try (Connection app = TestDatabases.connect(url); Statement s = app.createStatement()) {
                    while (running.get()) {
                        long start = System.nanoTime();
                        s.executeQuery("SELECT count(*) FROM customers").close();
                        maxStallMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                        queries.incrementAndGet();
                        Thread.sleep(5);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            application.start();
            List<String> lines = new ArrayList<>();
            long started = System.nanoTime();
            try (Mifty mifty = Mifty.configure().url(url).manifest(alterCustomers(null)).log(lines::add)
                    .statementLockTimeout(Duration.ofMillis(600)).lockRetries(2).load()) {
                assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT);
                    assertThat(e.getMessage())
                            .contains("migration " + V1 + "_add_phone_to_customers")
                            .contains("at statement 1: " + ALTER)
                            .contains("waited more than 600 ms for a lock (lock_timeout) in 3 attempts")
                            .contains("blocked by pid " + blockerPid + " (user postgres, application 'report-job', idle in transaction")
                            .contains("last query: SELECT * FROM customers) holds AccessShareLock on table customers")
                            .contains("the migration waits for AccessExclusiveLock")
                            .contains("SQL state 55P03")
                            .contains("rolled back entirely");
                });
            } finally {
                running.set(false);
                application.join();
            }
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            // three waits of 600 ms and backoffs of 600 + 1200 ms
            assertThat(elapsed).isGreaterThanOrEqualTo(3 * 600 + 600 + 1200);
            assertThat(lines).filteredOn(l -> l.contains("retrying in")).hasSize(2)
                    .anyMatch(l -> l.contains("retrying in 600 ms (attempt 2 of 3)"))
                    .anyMatch(l -> l.contains("retrying in 1200 ms (attempt 3 of 3)"));
            // the application queued behind the migration's lock request, but never for longer than the timeout
            System.out.println("LockTimeoutTest: " + queries.get() + " application queries, longest " + maxStallMillis.get()
                    + " ms (lock_timeout 600 ms), run " + elapsed + " ms");
            assertThat(queries.get()).isGreaterThan(10);
            assertThat(maxStallMillis.get()).as("longest application query (ms)").isGreaterThan(300).isLessThan(600 + 350);
            blocker.rollback();
        }
        assertThat(Db.strings(url, "SELECT column_name FROM information_schema.columns WHERE table_name = 'customers' ORDER BY 1"))
                .containsExactly("id", "name");
        assertThat(Db.history(url)).containsExactly(V1 + ":f");
        assertThat(Db.advisoryLocks(url)).isZero();
    }

    @Test
    void retriesAfterTheBlockerEndsAndApplies() throws Exception {
        Connection blocker = TestDatabases.connect(url);
        blocker.setAutoCommit(false);
        blocker.createStatement().executeQuery("SELECT * FROM customers").close();
        Thread ender = new Thread(() -> {
            try {
                Thread.sleep(700);
                blocker.rollback();
                blocker.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ender.start();
        List<String> lines = new ArrayList<>();
        try (Mifty mifty = Mifty.configure().url(url).manifest(alterCustomers(null)).log(lines::add)
                .statementLockTimeout(Duration.ofMillis(300)).lockRetries(5).load()) {
            assertThat(mifty.migrate()).extracting(MigrationInfo::version).containsExactly(V1);
        }
        ender.join();
        assertThat(lines).anyMatch(l -> l.contains("waited more than 300 ms for a lock at statement 1") && l.contains("retrying in"));
        assertThat(Db.history(url)).containsExactly(V1 + ":t");
        assertThat(Db.count(url, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'phone'")).isEqualTo(1);
    }

    @Test
    void aMigrationsOwnTimeoutWinsAndTheSessionSettingIsRestored() throws Exception {
        try (Connection blocker = TestDatabases.connect(url)) {
            blocker.setAutoCommit(false);
            blocker.createStatement().executeQuery("SELECT * FROM customers").close();
            long started = System.nanoTime();
            try (Mifty mifty = Mifty.configure().url(url).manifest(alterCustomers(Duration.ofMillis(200)))
                    .statementLockTimeout(Duration.ofSeconds(30)).lockRetries(0).load()) {
                assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class, e ->
                        assertThat(e.getMessage()).contains("waited more than 200 ms for a lock (lock_timeout) in 1 attempt"));
            }
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
            blocker.rollback();
        }
        // a DataSource of the application gets its connection back with its own lock_timeout
        try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource()) {
            pool.setJdbcUrl(url);
            pool.setUsername("postgres");
            pool.setMaximumPoolSize(1);
            try (Mifty mifty = Mifty.configure().dataSource(pool).manifest(alterCustomers(null)).schema("public")
                    .statementLockTimeout(Duration.ofMillis(1234)).load()) {
                mifty.migrate();
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_setting('lock_timeout'), current_setting('search_path')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("0");
                assertThat(rs.getString(2)).isEqualTo("\"$user\", public");
            }
        }
    }

    @Test
    void cliTakesTheTimeoutFromFlagOrEnvironment() throws Exception {
        Cli.Result bad = Cli.on(url).manifest(alterCustomers(null)).run("migration:run", "--lock-timeout=soon");
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(2);
        assertThat(bad.err()).contains("lock timeout 'soon' (--lock-timeout) is not a positive duration");
        try (Connection blocker = TestDatabases.connect(url)) {
            blocker.setAutoCommit(false);
            blocker.createStatement().executeQuery("SELECT * FROM customers").close();
            Cli.Result env = Cli.on(url).manifest(alterCustomers(null)).env("MIFTY_LOCK_TIMEOUT", "250ms")
                    .env("MIFTY_LOCK_RETRIES", "0").run("migration:run");
            assertThat(env.exitCode()).as(env.toString()).isEqualTo(1);
            assertThat(env.err()).contains("waited more than 250 ms for a lock (lock_timeout) in 1 attempt");
            Cli.Result flag = Cli.on(url).manifest(alterCustomers(null)).env("MIFTY_LOCK_TIMEOUT", "250ms")
                    .run("migration:run", "--lock-timeout=150ms", "--lock-retries=1");
            assertThat(flag.exitCode()).as(flag.toString()).isEqualTo(1);
            assertThat(flag.err()).contains("waited more than 150 ms for a lock (lock_timeout) in 2 attempts");
            blocker.rollback();
        }
    }

    private static int pid(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
