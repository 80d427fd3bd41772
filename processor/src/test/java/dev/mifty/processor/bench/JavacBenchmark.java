package dev.mifty.processor.bench;

import dev.mifty.processor.MiftyProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Not a test (Surefire does not pick up {@code *Benchmark}): javac, in process, over 500 generated
 * entities, without processors, with the Mifty processor (first build: generates a migration from
 * the empty snapshot; steady build: snapshot up to date, only the manifest), and with Hibernate's
 * jpamodelgen. Warmed up, several measured runs each, interleaved; prints medians and ratios.
 *
 * <pre>
 * mvn -B -q -pl processor -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp processor/target/test-classes:processor/target/classes:schema/target/classes:annotations/target/classes:$(cat processor/target/bench.cp) \
 *      dev.mifty.processor.bench.JavacBenchmark [entities] [warmups] [runs]
 * </pre>
 */
public final class JavacBenchmark {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static final String[] TYPES = {"String", "int", "long", "java.math.BigDecimal", "java.time.LocalDate",
        "java.time.Instant", "boolean", "java.util.UUID"};

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path work = Files.createTempDirectory("mifty-bench");
        Path sources = generate(work.resolve("src"), entities);
        Path runtimeApi = Path.of("runtime/src/main/java");
        if (!Files.isDirectory(runtimeApi)) {
            runtimeApi = Path.of("../runtime/src/main/java");
        }
        List<Path> files = javaFiles(sources);
        files.addAll(javaFiles(runtimeApi.resolve("dev/mifty/runtime")).stream()
                .filter(f -> List.of("Migration.java", "MigrationContext.java", "MigrationDescriptor.java",
                        "MigrationManifest.java", "Environment.java", "MiftyException.java", "ErrorCode.java").contains(f.getFileName().toString())).toList());

        Path steadyProject = Files.createDirectories(work.resolve("steady"));
        compile(files, work.resolve("prime"), List.of("-Amifty.projectDir=" + steadyProject), List.of(new MiftyProcessor()));

        List<Variant> variants = List.of(
                new Variant("javac, no processor", List.of("-proc:none"), List::of, false),
                new Variant("javac + a no-op processor (javac's own cost)", List.of(),
                        () -> List.of(new NoOpProcessor()), false),
                new Variant("javac + Mifty (steady: snapshot up to date)",
                        List.of("-Amifty.projectDir=" + steadyProject), () -> List.of(new MiftyProcessor()), false),
                new Variant("javac + Mifty (first build: generates the migration)", List.of(),
                        () -> List.of(new MiftyProcessor()), true),
                new Variant("javac + hibernate-jpamodelgen", List.of(),
                        () -> List.of(newProcessor("org.hibernate.processor.HibernateProcessor")), false));
        long[][] times = new long[variants.size()][runs];
        long[][] cpuTimes = new long[variants.size()][runs];
        for (int round = -warmups; round < runs; round++) {
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get(v);
                List<String> options = new ArrayList<>(variant.options);
                if (variant.freshProject) {
                    options.add("-Amifty.projectDir=" + Files.createTempDirectory(work, "fresh"));
                }
                Path out = Files.createTempDirectory(work, "out");
                System.gc();
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                compile(files, out, options, variant.processors.get());
                long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
                long elapsed = System.nanoTime() - start;
                if (round >= 0) {
                    times[v][round] = elapsed;
                    cpuTimes[v][round] = cpu;
                }
            }
        }
        System.out.printf(Locale.ROOT, "javac over %d entities, %d warm-ups, median of %d runs (Java %s)%n", entities,
                warmups, runs, System.getProperty("java.version"));
        report("compiling thread's CPU time (robust on a loaded machine)", variants, cpuTimes);
        report("wall time", variants, times);
    }

    private static void report(String title, List<Variant> variants, long[][] times) {
        System.out.println(title + ":");
        double base = median(times[0]);
        for (int v = 0; v < variants.size(); v++) {
            double m = median(times[v]);
            long[] sorted = times[v].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "  %-55s %8.0f ms  x%.3f (%+.1f%%)  [min %.0f, max %.0f]%n", variants.get(v).name,
                    m / 1e6, m / base, (m / base - 1) * 100, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6);
        }
    }

    /** Claims the JPA annotations and does nothing: what any processor costs javac. */
    @javax.annotation.processing.SupportedAnnotationTypes("jakarta.persistence.Entity")
    private static final class NoOpProcessor extends javax.annotation.processing.AbstractProcessor {
        @Override
        public javax.lang.model.SourceVersion getSupportedSourceVersion() {
            return javax.lang.model.SourceVersion.latestSupported();
        }

        @Override
        public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
                               javax.annotation.processing.RoundEnvironment roundEnv) {
            return false;
        }
    }

    private record Variant(String name, List<String> options, Supplier<List<Processor>> processors,
                           boolean freshProject) {
    }

    private static void compile(List<Path> files, Path out, List<String> options, List<Processor> processors)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(out);
            List<String> all = new ArrayList<>(List.of("-d", out.toString(), "-s", out.toString(),
                    "-classpath", System.getProperty("java.class.path"), "-implicit:none", "-nowarn"));
            all.addAll(options);
            JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, all, null,
                    fm.getJavaFileObjectsFromPaths(files));
            task.setProcessors(processors);
            if (!task.call()) {
                throw new IllegalStateException("compilation failed: " + diagnostics.getDiagnostics());
            }
        }
    }

    private static Processor newProcessor(String className) {
        try {
            return (Processor) Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".java")).sorted(Comparator.naturalOrder()).toList());
        }
    }

    /** 500 entities in 10 packages: 8 basic fields, a relationship to the previous entity, an index. */
    static Path generate(Path root, int count) {
        try {
            for (int i = 0; i < count; i++) {
                String pkg = "bench.shop.module" + (i % 10);
                Path dir = Files.createDirectories(root.resolve(pkg.replace('.', '/')));
                StringBuilder src = new StringBuilder("package ").append(pkg).append(";\n\nimport jakarta.persistence.*;\n\n")
                        .append("@Entity\n@Table(name = \"entity_").append(i).append("\", indexes = @Index(name = \"idx_e")
                        .append(i).append("_f0\", columnList = \"field0\"))\npublic class Entity").append(i).append(" {\n")
                        .append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\n");
                for (int f = 0; f < TYPES.length; f++) {
                    src.append("    ").append(f == 0 ? "@Column(length = 100, nullable = false) " : "")
                            .append("private ").append(TYPES[f]).append(" field").append(f).append(";\n");
                }
                if (i > 0) {
                    src.append("    @ManyToOne private bench.shop.module").append((i - 1) % 10).append(".Entity").append(i - 1)
                            .append(" previous;\n");
                }
                src.append("    public Long getId() { return id; }\n}\n");
                Files.writeString(dir.resolve("Entity" + i + ".java"), src.toString());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
