package dev.mifty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.SchemaDiff;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.runtime.testapp.migrations.TestApp;
import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.snapshot.SnapshotCodec;
import dev.mifty.schema.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schema:diff, schema:sync and schema:drop against a model snapshot made from the test app's migrations. */
class SchemaCommandsTest {

    @TempDir
    Path dir;
    private URLClassLoader resources;
    private final TestManifest manifest = TestApp.base().build();

    @BeforeEach
    void modelFromTheMigrations() throws Exception {
        String model = TestDatabases.newDatabase();
        try (Mifty mifty = Mifty.configure().url(model).manifest(manifest).load()) {
            mifty.migrate();
        }
        Schema schema;
        try (Connection c = TestDatabases.connect(model)) {
            schema = new Introspector().read(c, "public");
        }
        Path snapshot = dir.resolve("classes/META-INF/mifty/schema.json");
        Files.createDirectories(snapshot.getParent());
        Files.writeString(snapshot, new SnapshotCodec().write(schema));
        resources = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }

    private Cli cli(String url) {
        return Cli.on(url).manifest(manifest).classLoader(resources).in(dir)
                .clock(Clock.fixed(Instant.parse("2026-11-24T16:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void diffPrintsTheSqlAndExitsOneUntilSyncMakesItMatch() {
        String url = TestDatabases.newDatabase();
        Cli.Result diff = cli(url).run("schema:diff");
        assertThat(diff.exitCode()).as(diff.toString()).isEqualTo(1);
        assertThat(diff.out()).contains("CREATE TABLE", "customers", "orders", "orders_customer_idx").contains(";");
        assertThat(diff.err()).contains("the database differs from the model", "schema:diff --output=NAME");
        assertThat(Db.tables(url)).isEmpty();

        Cli.Result sync = cli(url).env("MIFTY_LOG_SQL", "true").run("schema:sync");
        assertThat(sync.exitCode()).as(sync.toString()).isZero();
        assertThat(sync.err()).contains("mifty:sql CREATE TABLE");
        assertThat(Db.tables(url)).containsExactly("customers", "orders");

        Cli.Result again = cli(url).run("schema:diff");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("The database matches the model.");
        assertThat(cli(url).run("schema:sync").out()).contains("The database matches the model.");
    }

    @Test
    void diffOutputWritesAGeneratedMigration() throws Exception {
        String url = TestDatabases.newDatabase();
        Db.execute(url, "CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
        Cli.Result written = cli(url).run("schema:diff", "--output=add orders", "--package=com.shop.db");
        assertThat(written.exitCode()).as(written.toString()).isZero();
        Path file = dir.resolve("src/main/java/com/shop/db/V20261124160000_AddOrders.java");
        assertThat(written.out()).contains("Wrote ", "V20261124160000_AddOrders.java");
        String source = Files.readString(file);
        assertThat(source).contains("package com.shop.db;", "version = \"20261124160000\"", "name = \"add_orders\"",
                "generated = true", "implements dev.mifty.runtime.Migration", "create index on orders", "orders").doesNotContain("CREATE TABLE customers").doesNotContain("\"customers\"");

        Db.execute(url, "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers (id))");
        Db.execute(url, "CREATE INDEX orders_customer_idx ON orders (customer_id)");
        Cli.Result none = cli(url).run("schema:diff", "--output=nothing", "--source-dir=other");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("no migration written");
        assertThat(Files.exists(dir.resolve("other"))).isFalse();
    }

    @Test
    void diffThroughTheApi() {
        String url = TestDatabases.newDatabase();
        try (Mifty mifty = Mifty.configure().url(url).manifest(manifest).classLoader(resources).load()) {
            SchemaDiff before = mifty.diff();
            assertThat(before.inSync()).isFalse();
            assertThat(before.statements()).isNotEmpty();
            assertThat(mifty.sync().statements()).isEqualTo(before.statements());
            assertThat(mifty.diff().inSync()).isTrue();
            assertThat(mifty.drop()).hasSize(2);
            assertThat(mifty.diff().statements()).isEqualTo(before.statements());
        }
    }

    @Test
    void dropRemovesEveryObjectAndTheHistoryTable() {
        String url = TestDatabases.newDatabase();
        assertThat(cli(url).run("migration:run").exitCode()).isZero();
        Db.execute(url, "CREATE VIEW customer_names AS SELECT name FROM customers");
        Db.execute(url, "CREATE SEQUENCE invoice_numbers");
        Db.execute(url, "CREATE TYPE mood AS ENUM ('happy', 'sad')");
        Db.execute(url, "CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS 'SELECT 42'");

        Cli.Result drop = cli(url).run("schema:drop");
        assertThat(drop.exitCode()).as(drop.toString()).isZero();
        assertThat(drop.out()).contains("the history table included");
        assertThat(Db.tables(url)).isEmpty();
        assertThat(Db.strings(url, "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public'")).isEmpty();
        assertThat(Db.count(url, "SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                + "WHERE n.nspname = 'public'")).isZero();
        assertThat(Db.count(url, "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                + "WHERE n.nspname = 'public'")).isZero();

        Cli.Result rerun = cli(url).run("migration:run");
        assertThat(rerun.exitCode()).isZero();
        assertThat(Db.history(url)).hasSize(3);
        assertThat(List.of(Db.tables(url).toArray())).contains("customers", "orders", "mifty_schema_history");
    }
}
