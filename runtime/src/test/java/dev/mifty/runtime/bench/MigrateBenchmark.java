package dev.mifty.runtime.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.schema.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Mifty side by side with Flyway and raw JDBC on one embedded PostgreSQL, the same migrations
 * (same SQL). Not a test: run by hand, e.g.
 * {@code java -cp "$(cat runtime/target/bench-cp.txt):runtime/target/classes:runtime/target/test-classes" dev.mifty.runtime.bench.MigrateBenchmark}
 * (see docs/decisions-runtime.md for how to build the class path).
 */
public final class MigrateBenchmark {

    private MigrateBenchmark() {
    }

    static List<String> statements(int i) {
        return List.of("CREATE TABLE bench_" + i + " (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)",
                "INSERT INTO bench_" + i + " (id, name) VALUES (1, 'row " + i + "')");
    }

    static String version(int i) {
        return String.format("2026%010d", i);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("noop")) { // Mifty's no-op run only: noop 1000 5000 ...
            for (int i = 1; i < args.length; i++) {
                int count = Integer.parseInt(args[i]);
                long[] result = applyMifty(manifest(count));
                System.out.printf("Mifty no-op with %d applied: %.1f ms (apply %d ms)%n", count, result[1] / 1e6, ms(result[0]));
            }
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int big = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        // one folder per size, so Flyway scans exactly the migrations it applies
        Path warmDir = flywayFiles(200);
        Path flywayDir = flywayFiles(n);
        Path flywayBigDir = flywayFiles(big);
        TestDatabases.server();

        System.out.println("warming up (200 migrations each, twice)...");
        for (int i = 0; i < 2; i++) {
            applyMifty(manifest(200));
            applyFlyway(warmDir, 200, true);
            applyJdbc(200);
        }

        // interleaved rounds, so load changes on the machine hit every contender alike
        int rounds = 5;
        long[][] apply = new long[3][rounds];
        for (int r = 0; r < rounds; r++) {
            apply[0][r] = applyJdbc(n)[0];
            apply[1][r] = applyMifty(manifest(n))[0];
            apply[2][r] = applyFlyway(flywayDir, n, true)[0];
            System.out.printf("round %d: raw JDBC %d ms, Mifty %d ms, Flyway %d ms%n", r + 1,
                    ms(apply[0][r]), ms(apply[1][r]), ms(apply[2][r]));
        }
        long jdbc = medianOf(apply[0]);
        long mifty = medianOf(apply[1]);
        long flyway = medianOf(apply[2]);

        long[] mifty1k = noOp(() -> applyMifty(manifest(n)));
        long[] flyway1k = noOp(() -> applyFlyway(flywayDir, n, false));
        long[] miftyBig = noOp(() -> applyMifty(manifest(big)));
        long[] flywayBig = noOp(() -> applyFlyway(flywayBigDir, big, false));

        System.out.printf("%nApply %d migrations (median of 5, ms): raw JDBC %d, Mifty %d, Flyway %d%n", n, ms(jdbc), ms(mifty), ms(flyway));
        System.out.printf("  Mifty / Flyway = %.2fx   Mifty / raw JDBC = %.2fx%n", ratio(mifty, flyway), ratio(mifty, jdbc));
        System.out.printf("No-op run with %d applied (median, ms): Mifty %.1f, Flyway %.1f  -> %.3fx%n", n,
                mifty1k[1] / 1e6, flyway1k[1] / 1e6, ratio(mifty1k[1], flyway1k[1]));
        System.out.printf("No-op run with %d applied (median, ms): Mifty %.1f, Flyway %.1f  -> %.3fx%n", big,
                miftyBig[1] / 1e6, flywayBig[1] / 1e6, ratio(miftyBig[1], flywayBig[1]));
        System.out.printf("Mifty no-op growth %d -> %d migrations: %.2fx (x%.1f migrations)%n", n, big,
                ratio(miftyBig[1], mifty1k[1]), (double) big / n);
    }

    interface Run {
        long[] run() throws Exception;
    }

    /** Applies on a fresh database, then times 7 no-op runs; returns {apply, median no-op} in ns. */
    static long[] noOp(Run apply) throws Exception {
        long[] result = apply.run();
        return new long[] {result[0], result[1]};
    }

    static long medianOf(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static MigrationManifest manifest(int count) {
        TestManifest.Builder builder = TestManifest.builder();
        for (int i = 1; i <= count; i++) {
            builder.sql(version(i), "bench_" + i, statements(i), List.of("DROP TABLE bench_" + i));
        }
        return builder.build();
    }

    static long[] applyMifty(MigrationManifest manifest) throws Exception {
        try (HikariDataSource ds = pool(TestDatabases.newDatabase())) {
            long start = System.nanoTime();
            try (Mifty mifty = Mifty.configure().dataSource(ds).manifest(manifest).load()) {
                mifty.migrate();
            }
            long apply = System.nanoTime() - start;
            long noop = medianOf(15, () -> {
                try (Mifty mifty = Mifty.configure().dataSource(ds).manifest(manifest).load()) {
                    if (!mifty.migrate().isEmpty()) {
                        throw new IllegalStateException("not a no-op");
                    }
                }
            });
            return new long[] {apply, noop};
        }
    }

    static long[] applyFlyway(Path dir, int count, boolean applyOnly) throws Exception {
        try (HikariDataSource ds = pool(TestDatabases.newDatabase())) {
            long start = System.nanoTime();
            flyway(ds, dir, count).migrate();
            long apply = System.nanoTime() - start;
            long noop = applyOnly ? 0 : medianOf(7, () -> {
                if (flyway(ds, dir, count).migrate().migrationsExecuted != 0) {
                    throw new IllegalStateException("not a no-op");
                }
            });
            return new long[] {apply, noop};
        }
    }

    static Flyway flyway(HikariDataSource ds, Path dir, int count) {
        return Flyway.configure().dataSource(ds).locations("filesystem:" + dir).cleanDisabled(true).load();
    }

    static long[] applyJdbc(int count) throws SQLException {
        try (HikariDataSource ds = pool(TestDatabases.newDatabase()); Connection c = ds.getConnection()) {
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (int i = 1; i <= count; i++) {
                    for (String sql : statements(i)) {
                        s.execute(sql);
                    }
                    c.commit();
                }
            }
            return new long[] {System.nanoTime() - start, 0};
        }
    }

    interface Body {
        void run() throws Exception;
    }

    static long medianOf(int times, Body body) throws Exception {
        long[] values = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            body.run();
            values[i] = System.nanoTime() - start;
        }
        Arrays.sort(values);
        return values[times / 2];
    }

    static Path flywayFiles(int count) throws IOException {
        Path dir = Files.createTempDirectory("mifty-bench-flyway-" + count);
        writeFlywayFiles(dir, count);
        return dir;
    }

    static void writeFlywayFiles(Path dir, int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            List<String> lines = new ArrayList<>();
            for (String sql : statements(i)) {
                lines.add(sql + ";");
            }
            Files.write(dir.resolve("V" + version(i) + "__bench_" + i + ".sql"), lines);
        }
    }

    static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static double ratio(long a, long b) {
        return (double) a / b;
    }
}
