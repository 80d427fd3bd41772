package dev.mifty.processor.jpa;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** By hand (not a test): time of the reader over 500 generated entities, against plain javac -proc:only. */
public final class ReaderBenchmark {

    public static void main(String[] args) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String prev = "E" + Math.max(0, i - 1);
            sources.add(ReaderHarness.source("bench.E" + i,
                    "package bench;",
                    "import jakarta.persistence.*;",
                    "@Entity public class E" + i + " {",
                    "  @Id @GeneratedValue Long id;",
                    "  String name; int count; java.math.BigDecimal amount; java.time.Instant createdAt;",
                    "  @ManyToOne " + prev + " previous;",
                    "  @ManyToMany java.util.Set<" + prev + "> others;",
                    "  @ElementCollection java.util.List<String> tags;",
                    "}"));
        }
        for (int run = 0; run < Integer.getInteger("runs", 3); run++) {
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = cpu.getCurrentThreadCpuTime();
            ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, sources);
            long t1 = cpu.getCurrentThreadCpuTime();
            long t2 = cpu.getCurrentThreadCpuTime();
            com.google.testing.compile.Compiler.javac().compile(sources);
            long t3 = cpu.getCurrentThreadCpuTime();
            System.out.printf("run %d (CPU time of this thread): javac -proc:only + reader %d ms (reader alone %d ms), full javac without processor %d ms,"
                    + " %d tables%n", run, (t1 - t0) / 1_000_000, ReaderHarness.lastReadNanos / 1_000_000,
                    (t3 - t2) / 1_000_000, r.model().schema().tables().size());
        }
    }
}
