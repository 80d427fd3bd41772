package dev.mifty.runtime;

import static dev.mifty.runtime.testapp.migrations.TestApp.V1;
import static dev.mifty.runtime.testapp.migrations.TestApp.V2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.cli.Cli;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.runtime.testapp.migrations.TestApp;
import dev.mifty.schema.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A migration failing in its third statement: earlier ones stay, nothing of it remains, then the fixed one runs. */
class FailureMidwayTest {

    private static final String V4 = "20260101000004";
    private final String url = TestDatabases.newDatabase();

    private static TestManifest withFourth(String thirdStatement) {
        return TestApp.base().sql(V4, "add_invoices",
                List.of("CREATE TABLE invoices (id BIGINT PRIMARY KEY)",
                        "INSERT INTO invoices VALUES (1)",
                        thirdStatement,
                        "ALTER TABLE invoices ADD COLUMN total NUMERIC(10, 2)"),
                List.of("DROP TABLE invoices")).build();
    }

    @Test
    void failedMigrationIsRolledBackEntirelyAndTheFixedOneCompletes() {
        TestManifest broken = withFourth("INSERT INTO invoice_lines VALUES (1)");
        Cli.Result failed = Cli.on(url).manifest(broken).run("migration:run");

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.out()).contains("applied " + V2 + "_create_orders");
        assertThat(failed.err().strip().lines()).hasSize(1);
        assertThat(failed.err()).contains("migration " + V4 + "_add_invoices", "at statement 3",
                "INSERT INTO invoice_lines VALUES (1)", "SQL state 42P01", "rolled back entirely")
                .doesNotContain("\tat ");
        assertThat(Db.tables(url)).containsExactly("customers", "mifty_schema_history", "orders");
        assertThat(Db.history(url)).containsExactly(V1 + ":t", V2 + ":t", TestApp.V3 + ":t", V4 + ":f");
        assertThat(Db.advisoryLocks(url)).isZero();

        Cli.Result status = Cli.on(url).manifest(broken).run("migration:status");
        assertThat(status.out()).containsPattern(V4 + " +add_invoices +failed");

        // running the broken one again fails the same way and keeps one failed row
        assertThat(Cli.on(url).manifest(broken).run("migration:run").exitCode()).isEqualTo(1);
        assertThat(Db.history(url)).containsExactly(V1 + ":t", V2 + ":t", TestApp.V3 + ":t", V4 + ":f");

        TestManifest fixed = withFourth("INSERT INTO invoices VALUES (2)");
        Cli.Result done = Cli.on(url).manifest(fixed).run("migration:run");
        assertThat(done.exitCode()).as(done.toString()).isZero();
        assertThat(done.out()).contains("applied " + V4 + "_add_invoices").doesNotContain("create_orders");
        assertThat(Db.history(url)).containsExactly(V1 + ":t", V2 + ":t", TestApp.V3 + ":t", V4 + ":t");
        assertThat(Db.count(url, "SELECT count(*) FROM invoices")).isEqualTo(2);
    }

    @Test
    void failureThroughTheApiCarriesTheErrorCode() {
        try (Mifty mifty = Mifty.configure().url(url).manifest(withFourth("SELECT 1/0")).load()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(mifty::migrate)
                    .isInstanceOfSatisfying(MiftyException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                        assertThat(e.getMessage()).contains(V4 + "_add_invoices", "SELECT 1/0", "SQL state 22012");
                    });
            assertThat(mifty.status().get(3).state()).isEqualTo(MigrationState.FAILED);
        }
        assertThat(Db.tables(url)).doesNotContain("invoices");
    }

    @Test
    void nonTransactionalFailureAsksForResolve() {
        TestManifest manifest = TestManifest.builder()
                .sql(V1, "concurrent_index", List.of("CREATE TABLE a (id INT)", "CREATE INDEX CONCURRENTLY a_idx ON a (id)",
                        "CREATE INDEX CONCURRENTLY b_idx ON missing (id)"), List.of("DROP TABLE a"), false)
                .build();
        try (Mifty mifty = Mifty.configure().url(url).manifest(manifest).load()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(mifty::migrate).hasMessageContaining("outside a transaction");
            assertThat(Db.tables(url)).contains("a"); // autocommit: the first statements stay
            org.assertj.core.api.Assertions.assertThatThrownBy(mifty::migrate)
                    .hasMessageContaining("migration:resolve --name=concurrent_index");
            mifty.resolve("concurrent_index", Direction.UP);
            assertThat(mifty.migrate()).isEmpty();
            assertThat(mifty.status().get(0).state()).isEqualTo(MigrationState.APPLIED);
        }
    }
}
