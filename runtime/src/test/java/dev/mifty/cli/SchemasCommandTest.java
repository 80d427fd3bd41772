package dev.mifty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.snapshot.SnapshotCodec;
import dev.mifty.schema.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model in two schemas ({@code library}, {@code audit}) and the CLI's {@code --schema} /
 * {@code MIFTY_SCHEMA}: the history goes to the first schema, unqualified names land there, and
 * {@code schema:diff} is clean after {@code migration:run}.
 */
class SchemasCommandTest {

    private static final String V1 = "20260701000001";
    private static final String V2 = "20260701000002";

    private final TestManifest manifest = TestManifest.builder()
            .sql(V1, "create_library", List.of(
                    "CREATE SCHEMA IF NOT EXISTS library",
                    "CREATE SCHEMA IF NOT EXISTS audit",
                    "CREATE TABLE library.authors (id BIGINT NOT NULL, name VARCHAR(100) NOT NULL, CONSTRAINT authors_pkey PRIMARY KEY (id))",
                    "CREATE TABLE library.books (id BIGINT NOT NULL, author_id BIGINT NOT NULL, title VARCHAR(200), "
                            + "CONSTRAINT books_pkey PRIMARY KEY (id), CONSTRAINT fk_books_author FOREIGN KEY (author_id) "
                            + "REFERENCES library.authors (id))",
                    "CREATE SEQUENCE library.books_seq START WITH 1 INCREMENT BY 50"),
                    List.of("DROP TABLE library.books", "DROP TABLE library.authors", "DROP SEQUENCE library.books_seq"))
            .sql(V2, "create_audit_log", List.of(
                    "CREATE TABLE audit.book_events (id BIGINT NOT NULL, book_id BIGINT NOT NULL, CONSTRAINT book_events_pkey "
                            + "PRIMARY KEY (id), CONSTRAINT fk_events_book FOREIGN KEY (book_id) REFERENCES library.books (id))",
                    "CREATE INDEX idx_events_book ON audit.book_events (book_id)"),
                    List.of("DROP TABLE audit.book_events"))
            .build();

    @TempDir
    Path dir;
    private URLClassLoader resources;

    /** The model as the processor writes it for {@code @Table(schema = ...)}: every object names its schema. */
    @BeforeEach
    void modelFromTheMigrations() throws Exception {
        String model = TestDatabases.newDatabase();
        assertThat(cli(model).run("migration:run", "--schema=library,audit").exitCode()).isZero();
        Schema schema;
        try (Connection c = TestDatabases.connect(model)) {
            schema = new Introspector().read(c, null, List.of("library", "audit"));
        }
        assertThat(schema.namespaces()).containsExactly("audit", "library");
        Path snapshot = dir.resolve("classes/META-INF/mifty/schema.json");
        Files.createDirectories(snapshot.getParent());
        Files.writeString(snapshot, new SnapshotCodec().write(schema));
        resources = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }

    private Cli cli(String url) {
        Cli cli = Cli.on(url).manifest(manifest).in(dir);
        return resources == null ? cli : cli.classLoader(resources);
    }

    @Test
    void historyInTheFirstSchemaAndDiffCleanAfterRun() {
        String url = TestDatabases.newDatabase();
        Cli.Result run = cli(url).run("migration:run", "--schema=library,audit");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Db.strings(url, "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname IN ('public', 'library', 'audit') ORDER BY 1"))
                .containsExactly("audit.book_events", "library.authors", "library.books", "library.mifty_schema_history");

        Cli.Result diff = cli(url).run("schema:diff", "--schema=library,audit");
        assertThat(diff.exitCode()).as(diff.toString()).isZero();
        assertThat(diff.out()).contains("The database matches the model.");

        Cli.Result status = cli(url).env("MIFTY_SCHEMA", "library,audit").run("migration:status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains(V1, V2).doesNotContain("pending");

        // without the schema, the history is not found: everything pending (what the issue saw)
        assertThat(cli(url).run("migration:status").out()).contains("pending");

        // a drifted database shows in the right schema
        Db.execute(url, "ALTER TABLE audit.book_events ADD COLUMN note TEXT");
        Cli.Result drift = cli(url).env("MIFTY_SCHEMA", "library,audit").run("schema:diff");
        assertThat(drift.exitCode()).isEqualTo(1);
        assertThat(drift.out()).contains("audit").contains("book_events").contains("DROP COLUMN");
    }

    @Test
    void unqualifiedNamesLandInTheGivenSchema() {
        String url = TestDatabases.newDatabase();
        Db.execute(url, "CREATE SCHEMA shop");
        TestManifest unqualified = TestManifest.builder()
                .sql(V1, "create_items", List.of("CREATE TABLE items (id BIGINT PRIMARY KEY)"), List.of("DROP TABLE items"))
                .build();
        Cli.Result run = Cli.on(url).manifest(unqualified).run("migration:run", "--schema=shop");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Db.strings(url, "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname IN ('public', 'shop') ORDER BY 1"))
                .containsExactly("shop.items", "shop.mifty_schema_history");
    }
}
