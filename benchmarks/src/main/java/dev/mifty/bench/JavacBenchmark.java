package dev.mifty.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Cold javac, whole process, on a steady build: a generated application ({@link EntityApp}; default
 * 2,000 classes of which 500 entities, then 20,000 of which 5,000) whose snapshot and migration are
 * already up to date, so the build generates nothing. Three contenders, each a new {@code javac}
 * process into an empty class output: no processors ({@code -proc:none}), a no-op processor
 * ({@link NoOpProcessor}, called for every annotation), and the Mifty processor (found on the
 * processor path as in a Maven build). Rounds are interleaved; the median is reported.
 * Arguments: {@code classes:entities:rounds} pairs, e.g. {@code 2000:500:5 20000:5000:3}.
 * See docs/benchmarks.md.
 */
public final class JavacBenchmark {

    /** GNU time, for the javac process's CPU time (user + system) beside its wall time. */
    private static final Path TIME = Path.of("/usr/bin/time");

    private static double lastCpuMs = Double.NaN;

    private JavacBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // classes:entities:rounds[:step]; with a step, the application grows by that many entities a build
        String[] configs = args.length > 0 ? args : new String[] {"2000:500:5", "20000:5000:3"};
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "mifty-bench-javac"));
        for (String config : configs) {
            String[] p = config.split(":");
            int classes = Integer.parseInt(p[0]);
            int entities = Integer.parseInt(p[1]);
            int rounds = Integer.parseInt(p[2]);
            Path dir = work.resolve("app-" + classes + "-" + entities);
            deleteTree(dir);
            Files.createDirectories(dir);
            // the first build writes one migration of every entity (a first build on a large model),
            // unless a step makes the application grow by that many entities a build
            int step = p.length > 3 ? Integer.parseInt(p[3]) : entities;
            int steps = (entities + step - 1) / step;
            EntityApp app = null;
            int written = 0;
            for (int s = 1; s <= steps; s++) {
                int e = Math.min(entities, s * step);
                app = new EntityApp(dir, (int) ((long) classes * e / entities), e);
                written = app.write();
                long start = System.nanoTime();
                javac(dir, app, Contender.MIFTY); // writes this step's migration and the snapshot
                System.out.printf("  build with %,d entities (writes a migration and the snapshot): %.1f s%n", e,
                        (System.nanoTime() - start) / 1e9);
            }
            Map<String, Long> tree = tree(dir.resolve("src"));
            javac(dir, app, Contender.MIFTY);
            if (!tree.equals(tree(dir.resolve("src")))) {
                throw new IllegalStateException("the second build changed the source tree: not a steady build");
            }
            int sources = sources(app).size();

            Map<Contender, double[]> times = new TreeMap<>();
            Map<Contender, double[]> cpus = new TreeMap<>();
            for (Contender c : Contender.values()) {
                times.put(c, new double[rounds]);
                cpus.put(c, new double[rounds]);
            }
            for (int r = 0; r < rounds; r++) {
                for (Contender c : Contender.values()) {
                    times.get(c)[r] = javac(dir, app, c);
                    cpus.get(c)[r] = lastCpuMs;
                }
                System.out.printf("  round %d: wall %s; cpu %s (%s)%n", r + 1, line(times, r), line(cpus, r), Stats.load());
            }
            double none = Stats.median(times.get(Contender.NONE));
            double noop = Stats.median(times.get(Contender.NO_OP));
            double mifty = Stats.median(times.get(Contender.MIFTY));
            System.out.printf("javac %,d classes (%,d entities; %,d sources with the migration), steady build, median of %d:"
                            + " no processors %.2f s, no-op processor %.2f s, Mifty %.2f s;"
                            + " Mifty/no-op %.3fx (target <= 1.03x), Mifty/no processors %.3fx; Mifty's own %.2f s"
                            + " = %.2f ms an entity%n",
                    written, entities, sources, rounds, none / 1000, noop / 1000, mifty / 1000, mifty / noop,
                    mifty / none, (mifty - noop) / 1000, (mifty - noop) / entities);
            double noopCpu = Stats.median(cpus.get(Contender.NO_OP));
            double miftyCpu = Stats.median(cpus.get(Contender.MIFTY));
            System.out.printf("  cpu (user + system) medians: no processors %.2f s, no-op processor %.2f s, Mifty %.2f s;"
                            + " Mifty/no-op %.3fx%n", Stats.median(cpus.get(Contender.NONE)) / 1000, noopCpu / 1000,
                    miftyCpu / 1000, miftyCpu / noopCpu);
        }
    }

    enum Contender {
        NONE("no processors"), NO_OP("no-op processor"), MIFTY("Mifty");

        final String label;

        Contender(String label) {
            this.label = label;
        }
    }

    private static String line(Map<Contender, double[]> times, int r) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Contender, double[]> e : times.entrySet()) {
            out.append(out.length() == 0 ? "" : ", ").append(e.getKey().label).append(' ')
                    .append(String.format("%.2f s", e.getValue()[r] / 1000));
        }
        return out.toString();
    }

    /** One javac process into an empty class output; its wall time in ms. */
    private static double javac(Path dir, EntityApp app, Contender contender) throws Exception {
        Path out = dir.resolve("target/classes");
        deleteTree(out);
        Files.createDirectories(out);
        Path argfile = dir.resolve("target/sources.txt");
        Files.write(argfile, sources(app).stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Path cpu = dir.resolve("target/time.txt");
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(TIME)) {
            command.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", cpu.toString()));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "17", "-encoding", "UTF-8", "-d", out.toString(), "-classpath",
                Classpaths.of(jakarta.persistence.Entity.class, dev.mifty.runtime.Migration.class,
                        dev.mifty.annotations.Migration.class)));
        switch (contender) {
            case NONE -> command.add("-proc:none");
            case NO_OP -> command.addAll(List.of("-processorpath", Classpaths.of(NoOpProcessor.class),
                    "-processor", NoOpProcessor.class.getName()));
            case MIFTY -> command.addAll(List.of("-processorpath", Classpaths.of(dev.mifty.processor.MiftyProcessor.class,
                    dev.mifty.schema.source.ManifestFile.class, dev.mifty.annotations.Migration.class,
                    com.palantir.javapoet.JavaFile.class, com.fasterxml.jackson.core.JsonFactory.class,
                    jakarta.persistence.Entity.class), "-Amifty.projectDir=" + dir));
        }
        command.add("@" + argfile);
        Path log = dir.resolve("target/javac-" + contender.name().toLowerCase() + ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        double ms = Stats.ms(System.nanoTime() - start);
        if (exit != 0) {
            throw new IllegalStateException(contender.label + ": javac failed (" + exit + "), see " + log + ":\n"
                    + Files.readAllLines(log).stream().limit(30).reduce("", (a, b) -> a + b + "\n"));
        }
        if (Files.isExecutable(TIME)) {
            String[] f = Files.readString(cpu).trim().split("\\s+");
            lastCpuMs = (Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1])) * 1000;
        }
        return ms;
    }

    private static List<Path> sources(EntityApp app) throws IOException {
        try (Stream<Path> files = Files.walk(app.sources())) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Every file of a tree with its size and time: what a steady build must leave alone. */
    private static Map<String, Long> tree(Path root) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.size(f) * 31 + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

}
