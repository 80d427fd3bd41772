package dev.mifty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.snapshot.SnapshotCodec;
import dev.mifty.schema.sql.PostgresDialect;
import dev.mifty.schema.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migration:baseline on databases made by others: by a real Flyway run, by a Liquibase-style
 * setup, with constraints named by PostgreSQL's convention where the model uses its own names.
 */
class BaselineCommandTest {

    private static final String V1 = "20260501000001";
    private static final String V2 = "20260501000002";

    /** The model: Hibernate-style constraint names. */
    private final TestManifest manifest = TestManifest.builder()
            .sql(V1, "create_customers", List.of("CREATE TABLE customers (id BIGINT NOT NULL, email VARCHAR(200) NOT NULL, "
                    + "CONSTRAINT customers_pkey PRIMARY KEY (id), CONSTRAINT uk_customers_email UNIQUE (email))"),
                    List.of("DROP TABLE customers"))
            .sql(V2, "create_orders", List.of("CREATE TABLE orders (id BIGINT NOT NULL, customer_id BIGINT NOT NULL, "
                    + "total NUMERIC(10, 2), CONSTRAINT orders_pkey PRIMARY KEY (id), CONSTRAINT fk_orders_customer "
                    + "FOREIGN KEY (customer_id) REFERENCES customers (id))",
                    "CREATE INDEX idx_orders_customer ON orders (customer_id)"), List.of("DROP TABLE orders"))
            .build();

    /** The same schema as another tool made it: PostgreSQL's default names. */
    private static final String CUSTOMERS = "CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(200) NOT NULL UNIQUE)";
    private static final String ORDERS = "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL "
            + "REFERENCES customers (id), total NUMERIC(10, 2));\nCREATE INDEX orders_customer_id_idx ON orders (customer_id)";

    @TempDir
    Path dir;
    private URLClassLoader resources;

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
        return Cli.on(url).manifest(manifest).classLoader(resources).in(dir);
    }

    private String flywayDatabase(String... scripts) throws Exception {
        String url = TestDatabases.newDatabase();
        Path sql = Files.createDirectories(dir.resolve("flyway-" + url.hashCode()));
        for (int i = 0; i < scripts.length; i++) {
            Files.writeString(sql.resolve("V" + (i + 1) + "__step" + (i + 1) + ".sql"), scripts[i] + ";\n");
        }
        Flyway.configure().dataSource(url, "postgres", "").locations("filesystem:" + sql).load().migrate();
        return url;
    }

    @Test
    void aFlywayDatabaseIsBaselinedWithTheModelsNamesAndIsThenInSync() throws Exception {
        String url = flywayDatabase(CUSTOMERS, ORDERS);
        List<String> flywayBefore = Db.strings(url, "SELECT version || ' ' || checksum FROM flyway_schema_history ORDER BY installed_rank");

        Cli.Result diffBefore = cli(url).run("schema:diff");
        assertThat(diffBefore.exitCode()).as("names differ, so schema:diff wants drop and re-add").isEqualTo(1);
        assertThat(diffBefore.out()).doesNotContain("flyway_schema_history");

        Cli.Result baseline = cli(url).run("migration:baseline");
        assertThat(baseline.exitCode()).as(baseline.toString()).isZero();
        assertThat(baseline.out())
                .contains("Flyway history flyway_schema_history: 2 applied, latest version 2 (left alone)")
                .contains("foreign key orders_customer_id_fkey on orders is the model's fk_orders_customer (renamed to the model's name)")
                .contains("unique constraint customers_email_key on customers is the model's uk_customers_email")
                .contains("index orders_customer_id_idx on orders is the model's idx_orders_customer")
                .contains("ALTER TABLE " + PostgresDialect.name(QualifiedName.of("public", "orders")) + " RENAME CONSTRAINT "
                        + PostgresDialect.quote("orders_customer_id_fkey") + " TO " + PostgresDialect.quote("fk_orders_customer") + ";")
                .contains("The database matches the model.")
                .contains("baselined " + V1 + "_create_customers", "baselined " + V2 + "_create_orders")
                .contains("Marked 2 migration(s) up to " + V2 + " as applied (baseline; none of them ran)");

        assertThat(cli(url).run("schema:diff").exitCode()).isZero();
        Cli.Result status = cli(url).run("migration:status");
        assertThat(status.out()).doesNotContain("pending");
        assertThat(cli(url).run("migration:run").out()).contains("Nothing to migrate");
        assertThat(Db.strings(url, "SELECT conname FROM pg_constraint WHERE conrelid = 'orders'::regclass ORDER BY 1"))
                .containsExactly("fk_orders_customer", "orders_pkey");
        assertThat(Db.strings(url, "SELECT type FROM mifty_schema_history")).containsOnly("BASELINE");
        // Flyway's history is untouched
        assertThat(Db.strings(url, "SELECT version || ' ' || checksum FROM flyway_schema_history ORDER BY installed_rank"))
                .isEqualTo(flywayBefore).hasSize(2);
        Cli.Result again = cli(url).run("migration:baseline");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already has 2 Mifty migration(s) applied");
    }

    @Test
    void adoptNamesKeepsTheDatabasesNamesAndLeavesLiquibaseAlone() {
        String url = TestDatabases.newDatabase();
        Db.execute(url, CUSTOMERS);
        Db.execute(url, ORDERS);
        // Liquibase's own tables, as it creates them
        Db.execute(url, "CREATE TABLE databasechangeloglock (id INTEGER NOT NULL, locked BOOLEAN NOT NULL, lockgranted TIMESTAMP, "
                + "lockedby VARCHAR(255), CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (id))");
        Db.execute(url, "CREATE TABLE databasechangelog (id VARCHAR(255) NOT NULL, author VARCHAR(255) NOT NULL, filename VARCHAR(255) NOT NULL, "
                + "dateexecuted TIMESTAMP NOT NULL, orderexecuted INTEGER NOT NULL, exectype VARCHAR(10) NOT NULL, md5sum VARCHAR(35), "
                + "description VARCHAR(255), comments VARCHAR(255), tag VARCHAR(255), liquibase VARCHAR(20), contexts VARCHAR(255), "
                + "labels VARCHAR(255), deployment_id VARCHAR(10))");
        Db.execute(url, "INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype) VALUES "
                + "('1', 'ada', 'db/changelog.xml', now(), 1, 'EXECUTED'), ('2', 'ada', 'db/changelog.xml', now(), 2, 'EXECUTED')");

        Cli.Result baseline = cli(url).run("migration:baseline", "--adopt-names");
        assertThat(baseline.exitCode()).as(baseline.toString()).isZero();
        assertThat(baseline.out())
                .contains("Liquibase history databasechangelog: 2 change sets, latest 2 by ada in db/changelog.xml (left alone)")
                .contains("foreign key orders_customer_id_fkey on orders is the model's fk_orders_customer (kept; pin it in the "
                        + "entity: @JoinColumn(foreignKey = @ForeignKey(name = \"orders_customer_id_fkey\")))")
                .doesNotContain("Renamed:")
                .contains("The database matches the model.");
        assertThat(Db.strings(url, "SELECT conname FROM pg_constraint WHERE conrelid = 'orders'::regclass ORDER BY 1"))
                .containsExactly("orders_customer_id_fkey", "orders_pkey");
        assertThat(Db.count(url, "SELECT count(*) FROM databasechangelog")).isEqualTo(2);
        assertThat(Db.count(url, "SELECT count(*) FROM mifty_schema_history WHERE success")).isEqualTo(2);
    }

    @Test
    void realDifferencesAreReportedAndRefusedAtTheNewestVersionButAnOlderOneCanBeBaselined() {
        String url = TestDatabases.newDatabase();
        Db.execute(url, CUSTOMERS); // orders is missing: only the first migration's schema is there

        Cli.Result refused = cli(url).run("migration:baseline");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("the database differs from the model, so its migrations cannot be marked applied")
                .contains("CREATE TABLE").contains("orders").contains("--to").contains("--force");
        assertThat(Db.tables(url)).containsExactly("customers");

        Cli.Result dry = cli(url).run("migration:baseline", "--to=" + V1, "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("Would rename:", "Differences from the model", "Would mark 1 migration(s)");
        assertThat(Db.tables(url)).containsExactly("customers");
        assertThat(Db.strings(url, "SELECT conname FROM pg_constraint WHERE conrelid = 'customers'::regclass ORDER BY 1"))
                .contains("customers_email_key");

        Cli.Result older = cli(url).run("migration:baseline", "--to=" + V1);
        assertThat(older.exitCode()).as(older.toString()).isZero();
        assertThat(older.out()).contains("baselined " + V1 + "_create_customers").doesNotContain("baselined " + V2);
        Cli.Result run = cli(url).run("migration:run");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("applied " + V2 + "_create_orders");
        assertThat(cli(url).run("schema:diff").exitCode()).isZero();
    }
}
