package dev.mifty.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.cli.Cli;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.schema.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A failed CREATE INDEX CONCURRENTLY leaves an INVALID index: the next run reports it, and when the
 * (repeatable) migration runs again, drops it and builds it again; other INVALID indexes are reported.
 */
class InvalidIndexTest {

    private static final String V1 = "20260601000001";

    private final TestManifest manifest = TestManifest.builder()
            .sql(V1, "unique_customer_email", List.of(
                    "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS customers_email_key ON customers (email)"),
                    List.of("DROP INDEX CONCURRENTLY IF EXISTS customers_email_key"), false)
            .build();

    @Test
    void theNextRunRepairsTheInvalidIndexItBuildsAndReportsOthers() {
        String url = TestDatabases.newDatabase();
        Db.execute(url, "CREATE TABLE customers (id BIGINT PRIMARY KEY, email TEXT, name TEXT)");
        Db.execute(url, "INSERT INTO customers VALUES (1, 'ada@example.com', 'a'), (2, 'ada@example.com', 'a')");

        Cli.Result failed = Cli.on(url).manifest(manifest).run("migration:run");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).contains("migration " + V1 + "_unique_customer_email", "SQL state 23505");
        assertThat(Db.strings(url, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'customers_email_key'::regclass"))
                .containsExactly("false");
        assertThat(Cli.on(url).manifest(manifest).run("migration:status").out()).contains("failed");

        // somebody else's failed build, which no migration rebuilds
        try {
            Db.execute(url, "CREATE UNIQUE INDEX CONCURRENTLY customers_name_key ON customers (name)");
        } catch (IllegalStateException expected) {
            // duplicate names: the index stays INVALID
        }
        Db.execute(url, "DELETE FROM customers WHERE id = 2");

        Cli.Result again = Cli.on(url).manifest(manifest).run("migration:run");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.err())
                .contains("dropped the INVALID index public.customers_email_key on customers left by an interrupted run of "
                        + V1 + "_unique_customer_email; building it again")
                .contains("index public.customers_name_key on customers is INVALID")
                .contains("REINDEX INDEX CONCURRENTLY " + dev.mifty.schema.sql.PostgresDialect.name(
                        dev.mifty.schema.model.QualifiedName.of("public", "customers_name_key")));
        assertThat(again.out()).contains("applied " + V1 + "_unique_customer_email");
        assertThat(Db.strings(url, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'customers_email_key'::regclass"))
                .containsExactly("true");
        assertThat(Db.history(url)).containsExactly(V1 + ":t");
    }

    @Test
    void aNonRepeatableNonTransactionalMigrationIsStillRefusedAfterAFailure() {
        String url = TestDatabases.newDatabase();
        Db.execute(url, "CREATE TABLE customers (id BIGINT PRIMARY KEY, email TEXT)");
        Db.execute(url, "INSERT INTO customers VALUES (1, 'x'), (2, 'x')");
        TestManifest plain = TestManifest.builder()
                .sql(V1, "unique_customer_email", List.of("UPDATE customers SET email = email || id",
                        "CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON customers (email, id, email)",
                        "CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON customers (email)"),
                        List.of("DROP INDEX CONCURRENTLY IF EXISTS customers_email_key"), false)
                .build();
        assertThat(Cli.on(url).manifest(plain).run("migration:run").exitCode()).isEqualTo(1);
        Cli.Result refused = Cli.on(url).manifest(plain).run("migration:run");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("failed part-way outside a transaction (or its run was killed)")
                .contains("migration:resolve --name=unique_customer_email");
        assertThat(Db.strings(url, "SELECT email FROM customers ORDER BY id")).containsExactly("x1", "x2"); // not updated twice
    }
}
