package dev.mifty.example.boot.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Hand-run benchmark (not a test): the jar size each example has with and without Mifty, and the
 * start-up time Mifty adds. From the reactor root:
 *
 * <pre>
 * mvn -B -q -pl example-spring-boot -am package -DskipTests dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * cd example-spring-boot && java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.mifty.example.boot.e2e.BootBenchmark [example-spring-boot|example-spring-boot-3 [rounds]]
 * </pre>
 *
 * Per example: builds it as committed and a copy without Mifty (no starter, no processor, no
 * migrations), compares the jars and the libraries Mifty adds, then starts the application
 * (Boot's own "Started ... in X seconds") alternately with Mifty on an up-to-date database, with
 * {@code spring.mifty.enabled=false}, and without Mifty, plus once with Mifty on an empty database.
 */
public final class BootBenchmark {

    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");
    /** The starter's own summary line: the time its initializer took inside the start-up. */
    private static final Pattern MIFTY = Pattern.compile("Mifty: .* in ([0-9]+) ms");
    private static final List<Double> MIFTY_OWN = new ArrayList<>();

    private BootBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> examples = args.length > 0 ? List.of(args[0]) : List.of("example-spring-boot", "example-spring-boot-3");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path reactor = Path.of("").toAbsolutePath().getParent();
        for (String example : examples) {
            measure(reactor.resolve(example), rounds);
        }
        System.exit(0);
    }

    private static void measure(Path app, int rounds) throws Exception {
        Path work = Files.createTempDirectory("mifty-boot-bench");
        BootProject with = BootProject.copyOf(app, work.resolve("with"));
        BootProject without = BootProject.copyOf(app, work.resolve("without"));
        withoutMifty(without);
        build(with);
        build(without);
        Path withJar = with.dir.resolve("target/library.jar");
        Path withoutJar = without.dir.resolve("target/library.jar");
        long withSize = Files.size(withJar);
        long withoutSize = Files.size(withoutJar);
        System.out.printf("%n== %s%njar with Mifty %.2f MB, without %.2f MB: Mifty adds %.2f MB%n", app.getFileName(),
                mb(withSize), mb(withoutSize), mb(withSize - withoutSize));
        Map<String, Long> added = libraries(withJar);
        libraries(withoutJar).keySet().forEach(added::remove);
        added.forEach((name, size) -> System.out.printf("  + %-55s %8.1f KB%n", name, size / 1024.0));

        String url = Databases.newDatabase();
        Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres");
        System.out.printf("first start with Mifty on an empty database (applies the migrations): %.3f s, "
                + "Mifty's initializer %.3f s%n", start(with, withJar, env), MIFTY_OWN.remove(0));
        List<Double> mifty = new ArrayList<>();
        List<Double> disabled = new ArrayList<>();
        List<Double> none = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            mifty.add(start(with, withJar, env));
            disabled.add(start(with, withJar, env, "--spring.mifty.enabled=false"));
            none.add(start(without, withoutJar, env));
        }
        System.out.printf("start-up, up-to-date database, %d rounds (min / median):%n", rounds);
        System.out.printf("  with Mifty                 %s%n", summary(mifty));
        System.out.printf("  spring.mifty.enabled=false %s%n", summary(disabled));
        System.out.printf("  without Mifty              %s%n", summary(none));
        System.out.printf("  Mifty adds (median)        %.3f s; its initializer (validate, nothing to apply) %s%n",
                median(mifty) - median(none), summary(MIFTY_OWN));
        MIFTY_OWN.clear();
    }

    private static void withoutMifty(BootProject project) throws IOException {
        Path pom = project.dir.resolve("pom.xml");
        String text = Files.readString(pom);
        text = text.replaceAll("(?s)<dependency>\\s*<groupId>dev.mifty</groupId>.*?</dependency>\\s*", "")
                .replaceAll("(?s)<!-- Only so that the Mifty reactor.*?-->\\s*", "")
                .replaceAll("(?s)<path>\\s*<groupId>dev.mifty</groupId>.*?</path>\\s*", "");
        Files.writeString(pom, text);
        deleteTree(project.dir.resolve("src/main/java/dev/mifty/example/boot/library/migrations"));
        deleteTree(project.dir.resolve("src/main/resources/db"));
    }

    private static void build(BootProject project) throws Exception {
        BootProject.Result result = project.mvn(Map.of(), "-q", "package", "-DskipTests");
        if (result.exit() != 0) {
            throw new IllegalStateException("build failed in " + project.dir + ":\n" + result.output());
        }
    }

    private static double start(BootProject project, Path jar, Map<String, String> env, String... extra) throws Exception {
        Path log = Files.createTempFile("mifty-boot-bench", ".log");
        List<String> args = new ArrayList<>(List.of("-jar", jar.toString(), "--server.port=0"));
        args.addAll(List.of(extra));
        Process app = project.start(env, log, args.toArray(String[]::new));
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                String text = Files.readString(log);
                Matcher m = STARTED.matcher(text);
                if (m.find()) {
                    Matcher own = MIFTY.matcher(text);
                    if (own.find()) {
                        MIFTY_OWN.add(Double.parseDouble(own.group(1)) / 1000);
                    }
                    return Double.parseDouble(m.group(1));
                }
                if (!app.isAlive()) {
                    throw new IllegalStateException("the application exited:\n" + Files.readString(log));
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("no start-up line:\n" + Files.readString(log));
        } finally {
            app.destroy();
            app.waitFor();
            Files.delete(log);
        }
    }

    private static Map<String, Long> libraries(Path jar) throws IOException {
        Map<String, Long> libs = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(e -> e.getName().startsWith("BOOT-INF/lib/") && !e.isDirectory())
                    .forEach((ZipEntry e) -> libs.put(e.getName().substring("BOOT-INF/lib/".length()), e.getCompressedSize()));
        }
        return libs;
    }

    private static String summary(List<Double> values) {
        return String.format("%.3f / %.3f s", values.stream().min(Double::compare).orElseThrow(), median(values));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
