package dev.mifty.example.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Maven snippet, pasted into a new project: a failed compilation leaves the source
 * tree untouched; a good one generates the migration with no warning (testCompile included) and
 * passes mifty:check in verify; the plugin's goals apply and roll it back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadmeSnippetTest {

    private static final String SERVICE = "src/main/java/com/example/notes/NoteService.java";
    private static final String GOOD_SERVICE = """
            package com.example.notes;

            public class NoteService {
                public int count() {
                    return 0;
                }
            }
            """;

    @TempDir
    static Path work;

    private static UserProject project;

    @BeforeAll
    static void createProject() throws Exception {
        Path reactor = Path.of("").toAbsolutePath().getParent();
        String snippet = mavenSnippet(Files.readString(reactor.resolve("README.md")));
        String pom = """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>notes</artifactId>
                  <version>1.0</version>
                %s
                </project>
                """.formatted(snippet.replace("<properties>", """
                <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>""")
                .replace("<build>", """
                <build>
                  <pluginManagement><plugins>
                    <!-- what a user's parent POM pins; Maven 3.8's defaults are older -->
                    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
                    <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
                  </plugins></pluginManagement>"""));
        project = UserProject.create(reactor, work, pom, Map.of(
                "src/main/java/com/example/notes/Note.java", """
                        package com.example.notes;

                        import jakarta.persistence.*;

                        @Entity
                        public class Note {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                            private Long id;
                            @Column(nullable = false, length = 200)
                            private String title;
                        }
                        """,
                // a test source, so that testCompile runs (and would warn about processor options)
                "src/test/java/com/example/notes/NoteFixtures.java", """
                        package com.example.notes;

                        final class NoteFixtures {
                            static Note note() {
                                return new Note();
                            }
                        }
                        """));
    }

    @Test
    @Order(1)
    void aMissingDependencyLeavesTheSourceTreeUnchanged() throws Exception {
        project.write(SERVICE, """
                package com.example.notes;

                import org.example.missing.Mailer;

                public class NoteService {
                    Mailer mailer;
                }
                """);
        Map<String, String> before = sourceTree();

        UserProject.Result build = project.mvn("compile");

        assertThat(build.exit()).as(build.output()).isNotZero();
        assertThat(build.output()).contains("package org.example.missing does not exist");
        assertThat(sourceTree()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aTypeErrorLeavesTheSourceTreeUnchanged() throws Exception {
        project.write(SERVICE, GOOD_SERVICE.replace("return 0;", "return \"many\";"));
        Map<String, String> before = sourceTree();

        UserProject.Result build = project.mvn("compile");

        assertThat(build.exit()).as(build.output()).isNotZero();
        assertThat(build.output()).contains("incompatible types");
        assertThat(sourceTree()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aGoodBuildGeneratesTheMigrationWithoutWarningsAndPassesTheCheck() throws Exception {
        project.write(SERVICE, GOOD_SERVICE);

        UserProject.Result build = project.mvn("verify");

        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(project.migrations("src/main/java/com/example/notes/migrations"))
                .singleElement().asString().matches("V\\d{14}_CreateNote\\.java");
        assertThat(project.read("src/main/resources/db/mifty/schema.json")).contains("\"note\"");
        assertThat(build.output()).contains("--- maven-compiler-plugin:3.14.1:testCompile",
                "mifty:check: the entities match the committed snapshot and migrations");
        assertThat(warnings(build.output())).as("a warning-free build").isEmpty();
    }

    @Test
    @Order(4)
    void theGoalsRunShowAndRollBackTheMigration() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = Map.of("DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"));
            UserProject.Result run = project.mvn(env, "mifty:run", "mifty:status");
            assertThat(run.exit()).as(run.output()).isZero();
            assertThat(run.output()).contains("applied", "create_note", "1 applied");
            assertThat(titleType(postgres)).isEqualTo("character varying");

            UserProject.Result rollback = project.mvn(env, "mifty:rollback", "-Dmifty.steps=1", "mifty:status");
            assertThat(rollback.exit()).as(rollback.output()).isZero();
            assertThat(rollback.output()).contains("1 pending");
            assertThat(titleType(postgres)).isNull();
        }
    }

    private static String titleType(EmbeddedPostgres postgres) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT data_type FROM information_schema.columns "
                     + "WHERE table_name = 'note' AND column_name = 'title'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Maven's warnings, less those about the test's own file:// repository (no checksums there). */
    private static List<String> warnings(String output) {
        return output.lines().filter(l -> l.startsWith("[WARNING]"))
                .filter(l -> !l.contains("Could not validate integrity") && !l.contains("Checksum validation failed"))
                .toList();
    }

    /** Every file of the project outside target/, with a hash of its content. */
    private static Map<String, String> sourceTree() throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(project.dir)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                String relative = project.dir.relativize(p).toString();
                if (!relative.startsWith("target")) {
                    files.put(relative, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            }
        }
        return files;
    }

    /** The first xml block after the README's "**Maven**" line. */
    private static String mavenSnippet(String readme) {
        Matcher m = Pattern.compile("\\*\\*Maven\\*\\*.*?```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README.md has a Maven snippet").isTrue();
        return m.group(1);
    }
}
