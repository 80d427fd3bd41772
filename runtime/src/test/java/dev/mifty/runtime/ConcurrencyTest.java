package dev.mifty.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.cli.Cli;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.migrations.TestApp;
import dev.mifty.schema.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 8 runner threads and 4 runner processes start migration:run at once on an empty database. */
class ConcurrencyTest {

    private static final int MIGRATIONS = 40;

    @Test
    void everyMigrationAppliedExactlyOnceAndEveryRunnerSucceeds() throws Exception {
        String url = TestDatabases.newDatabase();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(Runners.waitingCli(url, "many", "migration:run").start());
        }
        List<java.io.BufferedReader> outputs = new ArrayList<>();
        for (Process process : processes) {
            java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
            String line;
            do {
                line = reader.readLine();
                assertThat(line).as("runner process started").isNotNull();
            } while (!line.equals("ready"));
            outputs.add(reader);
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Cli.Result>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(threads.submit(() -> {
                start.await();
                return Cli.on(url).manifest(TestApp.many(MIGRATIONS)).run("migration:run");
            }));
        }
        start.countDown();
        for (Process process : processes) {
            process.getOutputStream().write("go\n".getBytes());
            process.getOutputStream().flush();
        }
        StringBuilder all = new StringBuilder();
        for (Future<Cli.Result> result : results) {
            Cli.Result r = result.get(2, TimeUnit.MINUTES);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            all.append(r.out());
        }
        threads.shutdown();
        for (Process process : processes) {
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String output = outputs.get(processes.indexOf(process)).lines().reduce("", (a, b) -> a + b + "\n");
            assertThat(process.exitValue()).as(output).isZero();
            all.append(output);
        }
        // they really ran at once: some waited for the lock, exactly one applied migrations
        assertThat(all.toString()).contains("waiting for the migration lock");
        assertThat(all.toString().split("Applying ", -1)).hasSize(2);

        assertThat(Db.count(url, "SELECT count(*) FROM mifty_schema_history")).isEqualTo(MIGRATIONS);
        assertThat(Db.count(url, "SELECT count(DISTINCT version) FROM mifty_schema_history WHERE success")).isEqualTo(MIGRATIONS);
        long rows = 0;
        for (int i = 1; i <= MIGRATIONS; i++) {
            rows += Db.count(url, "SELECT count(*) FROM t" + i);
        }
        assertThat(rows).isEqualTo(MIGRATIONS); // each insert ran once
        assertThat(Db.advisoryLocks(url)).isZero();
    }
}
