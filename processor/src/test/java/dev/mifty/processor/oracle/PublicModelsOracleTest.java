package dev.mifty.processor.oracle;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.mifty.processor.MiftyProcessor;
import dev.mifty.processor.jpa.Naming;
import dev.mifty.processor.pipeline.MiftyCompiler;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.testing.TestDatabases;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Large entity models of well-known open-source applications, written by other people and never
 * adapted to Mifty, through the whole product path on the Hibernate line on the classpath: javac
 * compiles the application's own entity sources (from its published sources jar, against its own
 * jars) with the Mifty processor, the generated migration runs on PostgreSQL, Hibernate validates
 * that schema, and it must equal the schema Hibernate itself creates from the application's
 * published classes, fact by fact and in column order. The jars come from Maven Central through
 * the {@code oracle/public-models} module; see its pom for the exact artifacts.
 */
class PublicModelsOracleTest {

    /** Where {@code oracle/public-models} copied the models (relative to the processor module). */
    private static final Path MODELS = Path.of(System.getProperty("mifty.publicModels", "../oracle/public-models/target/public-models"));

    /** A top-level mapping annotation on a line of its own: the files javac compiles with Mifty. */
    private static final Pattern MAPPED = Pattern.compile(
            "(?m)^@(jakarta\\.persistence\\.)?(Entity|Embeddable|MappedSuperclass|Converter)\\b");

    @TempDir
    Path projectDir;

    /**
     * A public model: its directory under {@link #MODELS}, how many entities it has at least, whether it is judged
     * on Hibernate 6 (its sources compile against Jakarta Persistence 3.1 and Hibernate 6), whether on Hibernate 7
     * ({@code notOn7} null: not at all; else the mapped classes whose sources use an API gone in Hibernate 7, left
     * out on both sides there and only there), the Java release its classes need, and the SQL the application runs
     * on its database before its schema (extensions its column definitions name), run on both databases.
     */
    record Model(String name, int entities, boolean on6, List<String> notOn7, int java, List<String> setup) {
        Model(String name, int entities, boolean on6, List<String> notOn7) {
            this(name, entities, on6, notOn7, 17, List.of());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Each model on the lines it is built for. Keycloak 26.7 (Quarkus) is a Hibernate 7 application, judged on
     * every line; DSpace 8.2 and HAPI FHIR 8.8 are Hibernate 6 applications (DSpace's sources use
     * {@code @Cache(include = ...)}, gone in Hibernate 7; HAPI's id generator expects {@code ServiceRegistry.getService}
     * to return null for a service it does not know, Hibernate 7 throws), judged on 6.6 only. DSpace 9.2 is a
     * Hibernate 6.6 application whose classes boot on Hibernate 7 too: judged on every line, on 7.x without the one
     * entity whose source does not compile there ({@code SystemWideAlert}: {@code @Cache(include = "non-lazy")}).
     * OpenRemote 1.21 is a Hibernate 7.2 application on Jakarta Persistence 3.2 and Java 21: judged on 7.x, in a
     * test JVM of Java 21 or later (the oracle modules' {@code public-models-java25} execution). Spring Boot's
     * naming only (what these applications run with under Boot), to keep the suite's time.
     * {@code -Dmifty.publicModel=NAME} runs one model only.
     */
    static Stream<Arguments> cases() {
        boolean hibernate6 = HibernateSchemas.line().startsWith("6.");
        String only = System.getProperty("mifty.publicModel", "");
        int java = Runtime.version().feature();
        return Stream.of(new Model("keycloak", 50, true, List.of()), new Model("dspace", 50, true, null),
                        new Model("hapi-fhir", 50, true, null),
                        new Model("dspace-9", 50, true, List.of("org.dspace.alerts.SystemWideAlert")),
                        new Model("openremote", 40, false, List.of(), 21, List.of("create extension ltree")))
                .filter(m -> hibernate6 ? m.on6() : m.notOn7() != null)
                .filter(m -> only.isEmpty() ? m.java() == 17 : m.name().equals(only))
                .filter(m -> m.java() <= java)
                .map(m -> Arguments.of(m, Naming.SNAKE_CASE));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void generatedMigrationBuildsWhatHibernateCreates(Model model, Naming naming) throws Exception {
        Path dir = MODELS.resolve(model.name());
        assertThat(dir.resolve("lib")).as("the public models are copied by the oracle/public-models module").isDirectory();
        List<File> jars = jars(dir.resolve("lib"));
        List<String> leftOut = HibernateSchemas.line().startsWith("6.") ? List.of() : model.notOn7();
        List<Source> sources = mappedSources(dir.resolve("src")).stream().filter(s -> !leftOut.contains(s.className())).toList();
        assertThat(sources).hasSizeGreaterThanOrEqualTo(model.entities());

        try (URLClassLoader published = new URLClassLoader(urls(jars), getClass().getClassLoader())) {
            List<Class<?>> classes = mappedClasses(published, sources);
            assertThat(classes.stream().filter(c -> c.isAnnotationPresent(jakarta.persistence.Entity.class)))
                    .as("entities").hasSizeGreaterThanOrEqualTo(model.entities());
            String hibernateDb = newDatabase(model);
            withLoader(published, () -> HibernateSchemas.create(hibernateDb, classes, naming));
            Schema hibernate = HibernateOracleTest.introspect(hibernateDb);

            String pkg = "dev.mifty.publicmodels.migrations";
            List<File> compileOnly = Files.isDirectory(dir.resolve("compile")) ? jars(dir.resolve("compile")) : List.of();
            Compilation compilation = compile(java.util.stream.Stream.concat(jars.stream(), compileOnly.stream()).toList(),
                    naming, pkg, sources);
            assertThat(compilation).succeeded();
            // javac's own warnings on their code (deprecations) are theirs; every Mifty warning must be a known not-mapped one
            List<String[]> notMapped = NotMapped.checks(compilation.diagnostics().stream()
                    .filter(d -> d.getMessage(null).contains("[mifty:")).toList());
            List<String> migrations = compilation.generatedSourceFiles().stream()
                    .map(f -> f.getName().replaceAll(".*/", "").replace(".java", ""))
                    .filter(n -> n.startsWith("V")).toList();
            assertThat(migrations).hasSize(1);

            String miftyDb = newDatabase(model);
            ClassLoader generated = MiftyCompiler.loader(compilation);
            try (Connection connection = TestDatabases.connect(miftyDb)) {
                MiftyCompiler.run(generated, pkg + "." + migrations.get(0), "up", connection);
            }
            Schema created = HibernateOracleTest.introspect(miftyDb);
            String expected = SchemaNormalizer.normalize(hibernate, true);
            String actual = SchemaNormalizer.normalize(created, true);
            OracleFacts.record("public/" + model.name(), naming, expected, actual);
            HibernateOracleTest.assertSame(NotMapped.without(expected, notMapped), actual);
            HibernateOracleTest.assertSame(SchemaNormalizer.order(hibernate), SchemaNormalizer.order(created));
            // validate passes; where Hibernate's validate rejects even the schema Hibernate created (OpenRemote's char(22)
            // ids: a CHAR column for a VARCHAR-typed String), it must reject Mifty's with exactly the same message
            String own = validationError(published, hibernateDb, classes, naming);
            assertThat(validationError(published, miftyDb, classes, naming)).as("Hibernate's validate").isEqualTo(own);
        }
    }

    /** Hibernate's {@code validate} of the schema in the database: null when it passes, else its message. */
    private static String validationError(ClassLoader loader, String db, List<Class<?>> classes, Naming naming) {
        try {
            withLoader(loader, () -> HibernateSchemas.validate(db, classes, naming));
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** A new database with the model's own setup run on it. */
    private static String newDatabase(Model model) throws java.sql.SQLException {
        String url = TestDatabases.newDatabase();
        try (Connection connection = TestDatabases.connect(url); java.sql.Statement statement = connection.createStatement()) {
            for (String sql : model.setup()) {
                statement.execute(sql);
            }
        }
        return url;
    }

    /** javac with Mifty over the application's sources, against its own jars and this test's class path. */
    private Compilation compile(List<File> jars, Naming naming, String pkg, List<Source> sources) {
        List<File> classpath = new ArrayList<>(jars);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        List<JavaFileObject> files = new ArrayList<>(MiftyCompiler.runtimeApi());
        sources.forEach(s -> files.add(JavaFileObjects.forSourceString(s.className(), s.text())));
        return Compiler.javac().withProcessors(new MiftyProcessor(MiftyCompiler.CLOCK)).withClasspath(classpath)
                .withOptions("-Amifty.projectDir=" + projectDir,
                        "-Amifty.naming=" + (naming == Naming.SNAKE_CASE ? "snake_case" : "jpa"),
                        "-Amifty.migrationsPackage=" + pkg, "-proc:full",
                        // only the listed sources: never sources an application's jar carries beside its classes (OpenRemote's)
                        "-sourcepath", projectDir.toString())
                .compile(files);
    }

    record Source(String className, String text) {
    }

    private static List<Source> mappedSources(Path srcDir) throws IOException {
        List<Source> out = new ArrayList<>();
        for (File jar : jars(srcDir)) {
            try (ZipFile zip = new ZipFile(jar)) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (!e.getName().endsWith(".java") || e.getName().endsWith("package-info.java")) {
                        continue;
                    }
                    String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                    if (MAPPED.matcher(text).find()) {
                        out.add(new Source(e.getName().replace(".java", "").replace('/', '.'), text));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Source::className));
        return out;
    }

    private static List<Class<?>> mappedClasses(ClassLoader loader, List<Source> sources) {
        List<Class<?>> out = new ArrayList<>();
        for (Source s : sources) {
            Class<?> c;
            try {
                c = Class.forName(s.className(), false, loader);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("the published jar lacks " + s.className(), e);
            }
            if (c.isAnnotationPresent(jakarta.persistence.Entity.class)
                    || c.isAnnotationPresent(jakarta.persistence.Embeddable.class)
                    || c.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class)
                    || c.isAnnotationPresent(jakarta.persistence.Converter.class)) {
                out.add(c);
            }
        }
        return out;
    }

    private static void withLoader(ClassLoader loader, Runnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static List<File> jars(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toFile).toList();
        }
    }

    private static URL[] urls(List<File> jars) {
        return jars.stream().map(f -> {
            try {
                return f.toURI().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }).toArray(URL[]::new);
    }
}
