package dev.mifty.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.mifty.runtime.Mifty;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The no-op run ({@code migrate()} with everything applied) with N migrations applied (default
 * 1,000, 5,000 and 20,000), the compiled application (manifest resource, one class a migration),
 * measured three ways:
 * <ol>
 *   <li><b>existing DataSource</b> (the main case: Spring Boot start-up, where the pool is already
 *       connected): a new {@link Mifty} on the application's pool each run, in a warm JVM
 *       (5 warm-up runs, median of 15);</li>
 *   <li><b>new connection</b> ({@code Mifty.configure().url(..)}, as the CLI): Mifty connects
 *       itself, median of 15;</li>
 *   <li><b>first run in a new JVM</b>: a child JVM connects its pool, then times its one no-op
 *       (Mifty's classes loaded and run cold, as at every start-up), median of 5 processes.</li>
 * </ol>
 * For the first, also the CPU time a run costs this JVM and the PostgreSQL server ({@link Cpu}).
 * See docs/benchmarks.md.
 */
public final class NoOpBenchmark {

    private NoOpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("child")) {
            child(Path.of(args[1]), args[2]);
            return;
        }
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1000, 5000, 20000};
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "mifty-bench-noop"));
        for (int n : sizes) {
            MigrationsApp app = new MigrationsApp(work.resolve("app-" + n), n, MigrationsApp::oneRow);
            long built = System.nanoTime();
            Path classes = app.build();
            System.out.printf("  %,d migrations: application built (javac + Mifty, in process; 0 when kept from an"
                    + " earlier run) in %.1f s%n", n, (System.nanoTime() - built) / 1e9);
            String url = Databases.fresh();
            try (URLClassLoader loader = MigrationsApp.loader(classes); HikariDataSource ds = Databases.pool(url)) {
                long start = System.nanoTime();
                int applied;
                try (Mifty mifty = Mifty.configure().dataSource(ds).classLoader(loader).load()) {
                    applied = mifty.migrate().size();
                }
                System.out.printf("  applied %,d in %.0f ms%n", applied, Stats.ms(System.nanoTime() - start));
                Cpu cpu = Cpu.of(ds);
                times(5, 5, () -> Mifty.configure().dataSource(ds).classLoader(loader).load()); // warm up
                double jvm0 = Cpu.jvm();
                double server0 = cpu.server();
                double[] pooled = times(15, 0, () -> Mifty.configure().dataSource(ds).classLoader(loader).load());
                double jvmCpu = (Cpu.jvm() - jvm0) / pooled.length;
                double serverCpu = (cpu.server() - server0) / pooled.length;
                double[] direct = times(15, 0, () -> Mifty.configure().url(url).classLoader(loader).load());
                double[] cold = new double[5];
                for (int i = 0; i < cold.length; i++) {
                    cold[i] = spawn(classes, url);
                }
                System.out.printf("no-op with %,d applied (%s): existing DataSource median %.1f ms (min %.1f, max %.1f);"
                                + " new connection %.1f ms; first run in a new JVM %.1f ms (%s) (target <= 50 ms)%n",
                        applied, Stats.load(), Stats.median(pooled), Stats.min(pooled), Stats.max(pooled),
                        Stats.median(direct), Stats.median(cold), Stats.all(cold));
                System.out.printf("  existing DataSource, CPU a run: this JVM %.1f ms (all threads), PostgreSQL %.1f ms%n",
                        jvmCpu, serverCpu);
            }
        }
    }

    interface Configured {
        Mifty get();
    }

    /** {@code runs} no-op runs after {@code warmUp} untimed ones, a new Mifty each; the timed ones in ms. */
    private static double[] times(int runs, int warmUp, Configured mifty) {
        double[] times = new double[runs - warmUp];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            try (Mifty m = mifty.get()) {
                if (!m.migrate().isEmpty()) {
                    throw new IllegalStateException("not a no-op");
                }
            }
            if (i >= warmUp) {
                times[i - warmUp] = Stats.ms(System.nanoTime() - start);
            }
        }
        return times;
    }

    private static double spawn(Path classes, String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), NoOpBenchmark.class.getName(),
                "child", classes.toString(), url).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        }
        if (p.waitFor() != 0 || lines.isEmpty()) {
            throw new IllegalStateException("child failed: " + String.join(File.separator.equals("/") ? "\n" : "\r\n", lines));
        }
        return Double.parseDouble(lines.get(lines.size() - 1));
    }

    /** In the child JVM: the pool is connected first (as the application's is), then one no-op is timed. */
    private static void child(Path classes, String url) throws Exception {
        try (URLClassLoader loader = MigrationsApp.loader(classes); HikariDataSource ds = Databases.pool(url)) {
            long start = System.nanoTime();
            try (Mifty mifty = Mifty.configure().dataSource(ds).classLoader(loader).load()) {
                if (!mifty.migrate().isEmpty()) {
                    throw new IllegalStateException("not a no-op");
                }
            }
            System.out.println(Stats.ms(System.nanoTime() - start));
        }
    }
}
