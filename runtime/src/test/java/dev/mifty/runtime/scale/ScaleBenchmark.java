package dev.mifty.runtime.scale;

import dev.mifty.runtime.Mifty;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * By hand, not a test: an application with one entity and N hand-written migrations (default
 * 20,000), as a user has it: javac with the processor (the build), then {@code migration:run}
 * through the facade (apply all), then the no-op run (median of 15, a new {@link Mifty} each
 * time, as a new process would). One embedded PostgreSQL 17.
 *
 * <pre>
 * mvn -B -pl runtime -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
 * cd runtime && java -cp "$(cat target/bench-cp.txt):target/classes:target/test-classes" dev.mifty.runtime.scale.ScaleBenchmark 20000
 * </pre>
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("mifty-scale");
        ScaleProject project = new ScaleProject(dir, count).write();
        long start = System.nanoTime();
        Path classes = project.compile();
        long compileMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("compile %,d migrations + 1 entity (javac + Mifty, in process): %,d ms%n", count, compileMs);

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE scale");
            }
            String url = pg.getJdbcUrl("postgres", "scale");
            try (URLClassLoader loader = ScaleProject.loader(classes)) {
                start = System.nanoTime();
                int applied;
                try (Mifty mifty = Mifty.configure().url(url).classLoader(loader).load()) {
                    applied = mifty.migrate().size();
                }
                long applyMs = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("apply all: %,d migrations in %,d ms (%.2f ms each)%n", applied, applyMs,
                        applyMs / (double) applied);
                List<Double> noop = new ArrayList<>();
                for (int i = 0; i < 18; i++) {
                    long t = System.nanoTime();
                    int ran;
                    try (Mifty mifty = Mifty.configure().url(url).classLoader(loader).load()) {
                        ran = mifty.migrate().size();
                    }
                    if (ran != 0) {
                        throw new IllegalStateException("the no-op run applied " + ran);
                    }
                    if (i >= 3) {
                        noop.add((System.nanoTime() - t) / 1e6);
                    }
                }
                Collections.sort(noop);
                System.out.printf("no-op with %,d applied (manifest read + lock + history + validation + unlock,"
                        + " new Mifty each, pool included): median %.1f ms, min %.1f, max %.1f (target <= 50 ms)%n",
                        applied, noop.get(noop.size() / 2), noop.get(0), noop.get(noop.size() - 1));
            }
        }
    }
}
