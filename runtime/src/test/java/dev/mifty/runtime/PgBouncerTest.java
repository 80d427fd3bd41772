package dev.mifty.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mifty.cli.Cli;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.PgBouncer;
import dev.mifty.runtime.testapp.migrations.TestApp;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 16 runners at once through a real PgBouncer: transaction pooling is refused by each (nothing runs,
 * no lock is left behind on a server session); a pool declared session-pooling applies every
 * migration exactly once.
 */
class PgBouncerTest {

    private static final int RUNNERS = 16;
    private static final int MIGRATIONS = 12;

    @Test
    void transactionPoolingIsRefusedByEveryRunnerAndNothingRuns() throws Exception {
        assumeTrue(PgBouncer.installed(), "pgbouncer is not installed");
        String url = TestDatabases.newDatabase();
        try (PgBouncer bouncer = PgBouncer.start(url)) {
            // it really is transaction pooling: two clients share one server session
            try (Connection a = DriverManager.getConnection(bouncer.url("tx"));
                 Connection b = DriverManager.getConnection(bouncer.url("tx"))) {
                assertThat(pid(a)).isEqualTo(pid(b));
            }
            List<Cli.Result> results = runAll(bouncer.url("tx"), null);
            for (Cli.Result r : results) {
                assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
                assertThat(r.err()).contains("goes through a connection pooler (PgBouncer or similar")
                        .contains("transaction-pooling PgBouncer breaks")
                        .contains("so nothing was run")
                        .contains("direct connection to PostgreSQL (DATABASE_URL with the server's own host and port")
                        .contains("--pooler=session or MIFTY_POOLER=session");
            }
            Cli.Result status = Cli.on(bouncer.url("tx")).manifest(TestApp.many(MIGRATIONS)).run("migration:status");
            assertThat(status.exitCode()).isEqualTo(1);
        }
        assertThat(Db.tables(url)).isEmpty();
        assertThat(Db.advisoryLocks(url)).isZero();
    }

    @Test
    void sessionPoolingAppliesEveryMigrationExactlyOnce() throws Exception {
        assumeTrue(PgBouncer.installed(), "pgbouncer is not installed");
        String url = TestDatabases.newDatabase();
        try (PgBouncer bouncer = PgBouncer.start(url)) {
            Cli.Result undeclared = Cli.on(bouncer.url("session")).manifest(TestApp.many(MIGRATIONS)).run("migration:run");
            assertThat(undeclared.exitCode()).as(undeclared.toString()).isEqualTo(1);
            assertThat(undeclared.err()).contains("connection pooler");

            List<Cli.Result> results = runAll(bouncer.url("session"), "session");
            StringBuilder all = new StringBuilder();
            for (Cli.Result r : results) {
                assertThat(r.exitCode()).as(r.toString()).isZero();
                all.append(r.all());
            }
            assertThat(all.toString().split("Applying ", -1)).hasSize(2); // one runner applied, the others found nothing
            Cli.Result status = Cli.on(bouncer.url("session")).env("MIFTY_POOLER", "session")
                    .manifest(TestApp.many(MIGRATIONS)).run("migration:status");
            assertThat(status.exitCode()).as(status.toString()).isZero();
            assertThat(status.out()).doesNotContain("pending");
        }
        assertThat(Db.count(url, "SELECT count(*) FROM mifty_schema_history")).isEqualTo(MIGRATIONS);
        assertThat(Db.count(url, "SELECT count(DISTINCT version) FROM mifty_schema_history WHERE success")).isEqualTo(MIGRATIONS);
        long rows = 0;
        for (int i = 1; i <= MIGRATIONS; i++) {
            rows += Db.count(url, "SELECT count(*) FROM t" + i);
        }
        assertThat(rows).isEqualTo(MIGRATIONS);
        assertThat(Db.advisoryLocks(url)).isZero();
    }

    private static List<Cli.Result> runAll(String bouncerUrl, String pooler) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(RUNNERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Cli.Result>> futures = new ArrayList<>();
        for (int i = 0; i < RUNNERS; i++) {
            futures.add(threads.submit(() -> {
                start.await();
                Cli cli = Cli.on(bouncerUrl).manifest(TestApp.many(MIGRATIONS));
                if (pooler != null) {
                    cli.env("MIFTY_POOLER", pooler);
                }
                return cli.run("migration:run");
            }));
        }
        start.countDown();
        List<Cli.Result> results = new ArrayList<>();
        for (Future<Cli.Result> f : futures) {
            results.add(f.get(2, TimeUnit.MINUTES));
        }
        threads.shutdown();
        return results;
    }

    private static int pid(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
