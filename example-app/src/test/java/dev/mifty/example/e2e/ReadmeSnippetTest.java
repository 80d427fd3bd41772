package dev.mifty.example.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Maven snippet, pasted into a new project, generates and applies a migration. */
class ReadmeSnippetTest {

    @TempDir
    Path work;

    @Test
    void theReadmeSnippetWorksInANewProject() throws Exception {
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
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>"""));
        UserProject project = UserProject.create(reactor, work, pom, Map.of(
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
                        """));

        UserProject.Result build = project.mvn("compile");

        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(project.migrations("src/main/java/com/example/notes/migrations"))
                .singleElement().asString().matches("V\\d{14}_CreateNote\\.java");
        assertThat(project.read("src/main/resources/db/mifty/schema.json")).contains("\"note\"");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            UserProject.Result run = project.java(Map.of("DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres")),
                    "dev.mifty.cli.Main", "migration:run");
            assertThat(run.exit()).as(run.output()).isZero();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT data_type FROM information_schema.columns "
                         + "WHERE table_name = 'note' AND column_name = 'title'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("character varying");
            }
        }
    }

    /** The first xml block after the README's "**Maven**" line. */
    private static String mavenSnippet(String readme) {
        Matcher m = Pattern.compile("\\*\\*Maven\\*\\*.*?```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README.md has a Maven snippet").isTrue();
        return m.group(1);
    }
}
