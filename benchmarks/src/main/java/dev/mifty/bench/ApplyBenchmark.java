package dev.mifty.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.mifty.runtime.Mifty;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * Applying N migrations (default 1,000 and 5,000) to an empty database: raw JDBC executing the
 * same statements (one transaction a migration, no history), Mifty (the compiled application:
 * manifest resource, one class a migration) and Flyway (the same SQL as versioned scripts). Each
 * contender gets a fresh database and the same kind of pool; rounds are interleaved so that load
 * on the shared machine hits all three alike; the median is reported. Then one no-op run of each on
 * the database it migrated. Beside wall time, the CPU time each contender costs this JVM and the
 * PostgreSQL server ({@link Cpu}), steadier on a loaded machine. See docs/benchmarks.md.
 */
public final class ApplyBenchmark {

    private ApplyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {1000, 5000};
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "mifty-bench-apply"));
        warmUp(work);
        for (int n : sizes) {
            MigrationsApp app = new MigrationsApp(work.resolve("app-" + n), n, MigrationsApp::tableAndRow);
            Path classes = app.build();
            Path scripts = app.flywayScripts();
            int rounds = n <= 1000 ? 5 : 3;
            double[] jdbc = new double[rounds];
            double[] mifty = new double[rounds];
            double[] flyway = new double[rounds];
            double[][] cpu = new double[3][rounds];
            String miftyDb = null;
            String flywayDb = null;
            try (URLClassLoader loader = MigrationsApp.loader(classes)) {
                for (int r = 0; r < rounds; r++) {
                    String jdbcDb = Databases.fresh();
                    double[] c = start(jdbcDb);
                    jdbc[r] = jdbc(app, jdbcDb);
                    cpu[0][r] = since(c);
                    miftyDb = Databases.fresh();
                    c = start(miftyDb);
                    mifty[r] = mifty(loader, miftyDb, n);
                    cpu[1][r] = since(c);
                    flywayDb = Databases.fresh();
                    c = start(flywayDb);
                    flyway[r] = flyway(scripts, flywayDb, n);
                    cpu[2][r] = since(c);
                    System.out.printf("  %,d migrations, round %d: raw JDBC %.0f ms, Mifty %.0f ms, Flyway %.0f ms;"
                            + " CPU (this JVM + PostgreSQL) %.0f / %.0f / %.0f ms (%s)%n",
                            n, r + 1, jdbc[r], mifty[r], flyway[r], cpu[0][r], cpu[1][r], cpu[2][r], Stats.load());
                }
                double j = Stats.median(jdbc);
                double m = Stats.median(mifty);
                double f = Stats.median(flyway);
                System.out.printf("apply %,d: raw JDBC %.0f ms, Mifty %.0f ms, Flyway %.0f ms (median of %d);"
                        + " Mifty/JDBC %.2fx (target <= 1.1x), Mifty/Flyway %.2fx (target <= 0.25x)%n",
                        n, j, m, f, rounds, m / j, m / f);
                double cj = Stats.median(cpu[0]);
                double cm = Stats.median(cpu[1]);
                double cf = Stats.median(cpu[2]);
                System.out.printf("  CPU (this JVM + PostgreSQL), median: raw JDBC %.0f ms, Mifty %.0f ms, Flyway %.0f ms;"
                        + " Mifty/JDBC %.2fx, Mifty/Flyway %.2fx%n", cj, cm, cf, cm / cj, cm / cf);
                System.out.printf("no-op %,d on the database it migrated: Mifty %.1f ms, Flyway %.1f ms (median of 7)%n",
                        n, noOpMifty(loader, miftyDb), noOpFlyway(scripts, flywayDb));
            }
        }
    }

    private static Cpu server;

    /** CPU counters before a contender runs: {this JVM, PostgreSQL}. */
    private static double[] start(String url) {
        if (server == null) {
            try (HikariDataSource ds = Databases.pool(url)) {
                server = Cpu.of(ds);
            }
        }
        return new double[] {Cpu.jvm(), server.server()};
    }

    private static double since(double[] start) {
        return Cpu.jvm() - start[0] + server.server() - start[1];
    }

    private static void warmUp(Path work) throws Exception {
        MigrationsApp app = new MigrationsApp(work.resolve("app-warm"), 200, MigrationsApp::tableAndRow);
        Path classes = app.build();
        Path scripts = app.flywayScripts();
        try (URLClassLoader loader = MigrationsApp.loader(classes)) {
            for (int i = 0; i < 2; i++) {
                jdbc(app, Databases.fresh());
                mifty(loader, Databases.fresh(), 200);
                flyway(scripts, Databases.fresh(), 200);
            }
        }
    }

    static double jdbc(MigrationsApp app, String url) throws Exception {
        try (HikariDataSource ds = Databases.pool(url); Connection c = ds.getConnection()) {
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (int i = 1; i <= app.count(); i++) {
                    for (String sql : app.statements(i)) {
                        s.execute(sql);
                    }
                    c.commit();
                }
            }
            return Stats.ms(System.nanoTime() - start);
        }
    }

    static double mifty(URLClassLoader loader, String url, int expected) {
        try (HikariDataSource ds = Databases.pool(url)) {
            long start = System.nanoTime();
            int applied;
            try (Mifty mifty = Mifty.configure().dataSource(ds).classLoader(loader).load()) {
                applied = mifty.migrate().size();
            }
            double ms = Stats.ms(System.nanoTime() - start);
            check(applied, expected, "Mifty");
            return ms;
        }
    }

    static double flyway(Path scripts, String url, int expected) {
        try (HikariDataSource ds = Databases.pool(url)) {
            long start = System.nanoTime();
            int applied = flyway(ds, scripts).migrate().migrationsExecuted;
            double ms = Stats.ms(System.nanoTime() - start);
            check(applied, expected, "Flyway");
            return ms;
        }
    }

    private static double noOpMifty(URLClassLoader loader, String url) {
        try (HikariDataSource ds = Databases.pool(url)) {
            double[] times = new double[7];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                try (Mifty mifty = Mifty.configure().dataSource(ds).classLoader(loader).load()) {
                    check(mifty.migrate().size(), 0, "Mifty no-op");
                }
                times[i] = Stats.ms(System.nanoTime() - start);
            }
            return Stats.median(times);
        }
    }

    private static double noOpFlyway(Path scripts, String url) {
        try (HikariDataSource ds = Databases.pool(url)) {
            double[] times = new double[7];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                check(flyway(ds, scripts).migrate().migrationsExecuted, 0, "Flyway no-op");
                times[i] = Stats.ms(System.nanoTime() - start);
            }
            return Stats.median(times);
        }
    }

    private static Flyway flyway(HikariDataSource ds, Path scripts) {
        return Flyway.configure().dataSource(ds).locations("filesystem:" + scripts).cleanDisabled(true).load();
    }

    private static void check(int applied, int expected, String who) {
        if (applied != expected) {
            throw new IllegalStateException(who + " applied " + applied + ", expected " + expected);
        }
    }
}
