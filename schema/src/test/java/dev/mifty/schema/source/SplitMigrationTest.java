package dev.mifty.schema.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration too big for one class file: written in parts that javac compiles, run in the right order. */
class SplitMigrationTest {

    /** The API the generated class uses, as small stand-ins (the runtime comes later in the reactor). */
    private static final String API = """
            package dev.mifty.runtime;
            public interface Migration {
                void up(MigrationContext context) throws Exception;
                void down(MigrationContext context) throws Exception;
                default boolean transactional() { return true; }
            }
            """;
    private static final String CONTEXT = """
            package dev.mifty.runtime;
            public interface MigrationContext { void execute(String sql) throws java.sql.SQLException; }
            """;
    private static final String ANNOTATION = """
            package dev.mifty.annotations;
            public @interface Migration {
                String version(); String name(); boolean generated() default false;
                String from() default ""; String to() default ""; String replaces() default "";
            }
            """;

    @TempDir
    Path dir;

    /** {@code steps} steps of one up and one down statement each, plus one step of {@code wide} up statements. */
    static MigrationSource migration(int steps, int wide) {
        List<MigrationSource.Step> list = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            list.add(new MigrationSource.Step("T" + i + ": + table t" + i, List.of("CREATE TABLE t" + i + " (id int)"),
                    List.of("DROP TABLE t" + i)));
        }
        List<String> wideUp = new ArrayList<>();
        for (int i = 1; i <= wide; i++) {
            wideUp.add("COMMENT ON TABLE t1 IS 'c" + i + "'");
        }
        list.add(new MigrationSource.Step("T1: comments", wideUp, List.of()));
        return new MigrationSource("big.migrations", "20261202000000", "initial_schema", "a", "b", list, true);
    }

    @Test
    void aMigrationOverBothClassLimitsCompilesAndRunsInOrder() throws Exception {
        // 12,500 up and 10,000 down statements: one class would be over the code limit (about 7,280 calls
        // a method) and the constant-pool limit (about 21,800 constants)
        MigrationSource big = migration(10_000, 2_500);
        String source = new MigrationSourceWriter().write(big).toString();
        assertThat(source).contains("static final class Up1 {", "static final class Up7 {", "static final class Down5 {")
                .doesNotContain("class Up8", "class Down6")
                .contains("Up1.run(context);", "Down1.run(context);")
                .contains("Statements 10,001 to 12,000 of {@code up}.", "Statements 12,001 to 12,500 of {@code up}.");
        Matcher parts = Pattern.compile("static final class (Up|Down)\\d+ \\{").matcher(source);
        int count = 0;
        while (parts.find()) {
            count++;
        }
        assertThat(count).isEqualTo(12);
        assertThat(source.indexOf("class Up1 {")).as("no constant left in the outer class")
                .isLessThan(source.indexOf("String UP_1 ="));

        ClassLoader loader = compile(big, source);
        Class<?> type = loader.loadClass("big.migrations.V20261202000000_InitialSchema");
        List<String> upRan = run(loader, type, "up");
        List<String> downRan = run(loader, type, "down");
        List<String> up = big.steps().stream().flatMap(s -> s.up().stream()).toList();
        List<String> down = new ArrayList<>();
        for (int i = big.steps().size() - 1; i >= 0; i--) {
            down.addAll(big.steps().get(i).down());
        }
        assertThat(upRan).isEqualTo(up);
        assertThat(downRan).isEqualTo(down);
        List<String> all = new ArrayList<>(up);
        all.addAll(down);
        assertThat(MigrationSourceWriter.constantValues(big)).isEqualTo(all);
        assertThat(MigrationSourceWriter.checksum(big)).isEqualTo(Checksums.ofStatements(all));
    }

    @Test
    void partsAreCutBetweenStepsWhereAStepFits() {
        List<MigrationSource.Step> steps = new ArrayList<>();
        for (int i = 1; i <= 1_500; i++) { // 1,500 x 3 statements: a part of 2,000 ends after a whole step
            steps.add(new MigrationSource.Step("step " + i, List.of("a" + i, "b" + i, "c" + i), List.of("d" + i)));
        }
        String source = new MigrationSourceWriter().write(new MigrationSource("p", "1", "x", "a", "b", steps, true))
                .toString();
        assertThat(source).contains("Statements 1 to 1,998 of {@code up}.", "Statements 1,999 to 3,996 of {@code up}.",
                "Statements 3,997 to 4,500 of {@code up}.");
        assertThat(source).doesNotContain("class Down2").contains("Statements 1 to 1,500 of {@code down}.");
    }

    @Test
    void aMigrationWithinTheLimitsIsOneClassAsBefore() {
        assertThat(MigrationSourceWriter.inParts(migration(1_999, 1))).isFalse();
        assertThat(MigrationSourceWriter.inParts(migration(1_999, 2))).isTrue();
        String source = new MigrationSourceWriter().write(migration(1_999, 1)).toString();
        assertThat(source).doesNotContain("class Up1", "class Down1", "run(context)")
                .contains("context.execute(UP_2000);", "context.execute(DOWN_1999);");
    }

    @Test
    void aStatementLongerThanAStringConstantIsRefusedNamingItsStep() {
        String wide = "CREATE TABLE wide (" + "c varchar(10), ".repeat(5_000) + "id int)";
        MigrationSource tooLong = new MigrationSource("p", "1", "x", "a", "b", List.of(
                new MigrationSource.Step("Wide: + table wide", List.of(wide), List.of("DROP TABLE wide"))), true);
        assertThatThrownBy(() -> new MigrationSourceWriter().write(tooLong))
                .isInstanceOf(StatementTooLongException.class)
                .hasMessageContaining("statement UP_1 of the migration (Wide: + table wide) is 75,026 bytes")
                .hasMessageContaining("at most 65,534");
        String fits = "SELECT '" + "é".repeat(32_763) + "'"; // 65,526 + 9 bytes
        assertThat(SourceLimits.utf8Length(fits)).isEqualTo(65_535);
        assertThat(SourceLimits.fitsConstant(fits)).isFalse();
        assertThat(SourceLimits.fitsConstant(fits.substring(1))).isTrue();
    }

    @Test
    void partNamesAndTheirOrder() {
        assertThat(MigrationParts.isPart("Up1")).isTrue();
        assertThat(MigrationParts.isPart("Down12")).isTrue();
        assertThat(MigrationParts.isPart("Up")).isFalse();
        assertThat(MigrationParts.isPart("Up01")).isFalse();
        assertThat(MigrationParts.isPart("Upgrade")).isFalse();
        assertThat(MigrationParts.isPart("Helper")).isFalse();
        List<String> names = new ArrayList<>(List.of("Down2", "Up10", "Down1", "Up2", "Up1"));
        names.sort(MigrationParts.ORDER);
        assertThat(names).containsExactly("Up1", "Up2", "Up10", "Down1", "Down2");
    }

    private ClassLoader compile(MigrationSource migration, String source) throws IOException {
        Path src = dir.resolve("src");
        write(src, "dev/mifty/runtime/Migration.java", API);
        write(src, "dev/mifty/runtime/MigrationContext.java", CONTEXT);
        write(src, "dev/mifty/annotations/Migration.java", ANNOTATION);
        Path file = write(src, "big/migrations/" + MigrationSourceWriter.className(migration.version(), migration.name())
                + ".java", source);
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", out.toString(), "-sourcepath", src.toString(), "-Xlint:none",
                "--release", "17", file.toString());
        assertThat(status).as("javac compiles the split migration").isZero();
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    }

    private static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<String> run(ClassLoader loader, Class<?> type, String method) throws Exception {
        Class<?> contextType = loader.loadClass("dev.mifty.runtime.MigrationContext");
        List<String> ran = new ArrayList<>();
        Object context = Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, (proxy, m, args) -> {
            ran.add((String) args[0]);
            return null;
        });
        Object migration = type.getConstructor().newInstance();
        type.getMethod(method, contextType).invoke(migration, context);
        return ran;
    }
}
