package dev.mifty.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.cli.Cli;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.migrations.TestApp;
import dev.mifty.schema.testing.TestDatabases;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** kill -9 of a runner inside a long migration: nothing partial, the lock goes with the session, a new run completes. */
class KillDuringMigrationTest {

    @Test
    void killedRunnerLeavesNoPartialSchemaAndNoStuckLock() throws Exception {
        String url = TestDatabases.newDatabase();
        Process runner = Runners.cli(url, "slow", "migration:run").start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Db.count(url, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%' AND state = 'active' AND datname = current_database()") == 0) {
            assertThat(runner.isAlive()).as("runner still running").isTrue();
            assertThat(System.nanoTime()).as("runner reached pg_sleep").isLessThan(deadline);
            Thread.sleep(50);
        }
        runner.destroyForcibly(); // SIGKILL
        assertThat(runner.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.exitValue()).isEqualTo(137);

        // the slow migration's first statement is not visible: its transaction never committed
        assertThat(Db.tables(url)).doesNotContain("slow_a", "slow_b");

        Cli.Result again = Cli.on(url).manifest(TestApp.manifest("slow")).run("migration:run");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("applied 20260101000004_slow_change");
        assertThat(Db.tables(url)).contains("slow_a", "slow_b");
        assertThat(Db.count(url, "SELECT count(*) FROM mifty_schema_history WHERE success")).isEqualTo(4);
        assertThat(Db.count(url, "SELECT count(*) FROM mifty_schema_history WHERE NOT success")).isZero();
        assertThat(Db.advisoryLocks(url)).isZero();
    }
}
