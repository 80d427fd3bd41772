package dev.mifty.cli;

import static dev.mifty.runtime.testapp.migrations.TestApp.V1;
import static dev.mifty.runtime.testapp.migrations.TestApp.V2;
import static dev.mifty.runtime.testapp.migrations.TestApp.V3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.runtime.testapp.Db;
import dev.mifty.schema.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** Every migration:* command and flag through the CLI entry point (manifest found through ServiceLoader). */
class MigrationCommandsTest {

    private final String url = TestDatabases.newDatabase();

    private Cli cli() {
        return Cli.on(url);
    }

    @Test
    void runPrintsEachMigrationWithItsDurationAndExitsZero() {
        Cli.Result run = cli().run("migration:run");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("applied " + V1 + "_create_customers \\(\\d+ ms\\)")
                .contains("applied " + V3 + "_fill_customers").contains("Applied 3 migration(s)");
        Cli.Result again = cli().run("migration:run");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Nothing to migrate");
        assertThat(Db.history(url)).hasSize(3);
    }

    @Test
    void runToAndDryRun() {
        Cli.Result dry = cli().run("migration:run", "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).containsSubsequence(
                "-- " + V1 + "_create_customers",
                "CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);",
                "CREATE TABLE orders", "CREATE INDEX orders_customer_idx ON orders (customer_id);",
                "INSERT INTO customers (id, name) VALUES (1, 'Ada');",
                "nothing was changed");
        assertThat(Db.tables(url)).isEmpty();

        Cli.Result to = cli().run("migration:run", "--to=" + V1);
        assertThat(to.exitCode()).isZero();
        assertThat(Db.history(url)).containsExactly(V1 + ":t");
        Cli.Result dryRest = cli().run("migration:run", "--dry-run", "--to", V2);
        assertThat(dryRest.out()).contains("-- " + V2).doesNotContain("-- " + V1).doesNotContain("-- " + V3);
        assertThat(Db.history(url)).containsExactly(V1 + ":t");
    }

    @Test
    void statusAsTableAndJson() {
        cli().run("migration:run", "--to=" + V2);
        Cli.Result table = cli().run("migration:status");
        assertThat(table.exitCode()).isZero();
        String[] lines = table.out().split("\n");
        assertThat(lines[0]).matches("VERSION +NAME +STATE +APPLIED AT \\(UTC\\) +DURATION");
        assertThat(lines[1]).matches(V1 + " +create_customers +applied +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +\\d+ ms");
        assertThat(lines[3]).matches(V3 + " +fill_customers +pending +- +-");
        // aligned: the state column starts at the same offset on every row
        assertThat(lines[1].indexOf("applied")).isEqualTo(lines[0].indexOf("STATE")).isEqualTo(lines[3].indexOf("pending"));
        assertThat(lines[4]).isEqualTo("2 applied, 1 pending");

        Cli.Result json = cli().run("migration:status", "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).startsWith("[").contains("\"version\": \"" + V1 + "\"", "\"state\": \"applied\"",
                "\"state\": \"pending\"", "\"appliedAt\": null", "\"executionMillis\": null");
        assertThat(json.out().strip()).endsWith("]");
    }

    @Test
    void rollbackStepsToAndReset() {
        cli().run("migration:run");
        Cli.Result one = cli().run("migration:rollback");
        assertThat(one.exitCode()).as(one.toString()).isZero();
        assertThat(one.out()).contains("rolled back " + V3 + "_fill_customers");
        assertThat(Db.history(url)).containsExactly(V1 + ":t", V2 + ":t");

        cli().run("migration:run");
        assertThat(cli().run("migration:rollback", "--steps=2").exitCode()).isZero();
        assertThat(Db.history(url)).containsExactly(V1 + ":t");

        cli().run("migration:run");
        assertThat(cli().run("migration:rollback", "--to=" + V1).exitCode()).isZero();
        assertThat(Db.history(url)).containsExactly(V1 + ":t");

        Cli.Result both = cli().run("migration:rollback", "--steps=1", "--to=" + V1);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(cli().run("migration:rollback", "--steps=0").exitCode()).isEqualTo(2);

        Cli.Result reset = cli().run("migration:reset");
        assertThat(reset.exitCode()).isZero();
        assertThat(Db.history(url)).isEmpty();
        assertThat(Db.tables(url)).containsExactly("mifty_schema_history");
    }

    @Test
    void resolveUpAndDown() {
        Cli.Result up = cli().run("migration:resolve", "--name=create_customers", "--as=up");
        assertThat(up.exitCode()).as(up.toString()).isZero();
        assertThat(up.out()).contains("Marked " + V1 + "_create_customers as applied");
        assertThat(Db.history(url)).containsExactly(V1 + ":t");
        assertThat(Db.tables(url)).doesNotContain("customers");

        Cli.Result down = cli().run("migration:resolve", "--name", V1, "--as", "down");
        assertThat(down.exitCode()).isZero();
        assertThat(Db.history(url)).isEmpty();

        assertThat(cli().run("migration:resolve", "--name=create_customers", "--as=sideways").exitCode()).isEqualTo(2);
        assertThat(cli().run("migration:resolve", "--name=create_customers").exitCode()).isEqualTo(2);
        Cli.Result unknown = cli().run("migration:resolve", "--name=nope", "--as=up");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no migration named nope");
    }

    @Test
    void productionGuardRefusesResetButAllowsRun() {
        Cli prod = cli().env("MIFTY_ENV", "production");
        assertThat(prod.run("migration:run").exitCode()).isZero();
        for (String devOnly : new String[] {"migration:reset", "schema:sync", "schema:drop"}) {
            Cli.Result refused = prod.run(devOnly);
            assertThat(refused.exitCode()).as(devOnly).isEqualTo(1);
            assertThat(refused.err()).contains(devOnly, "MIFTY_ENV=production").doesNotContain("\tat ");
        }
        assertThat(Db.history(url)).hasSize(3);
        assertThat(cli().env("MIFTY_ENV", "staging").run("migration:status").exitCode()).isEqualTo(2);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(cli().run().exitCode()).isEqualTo(2);
        assertThat(cli().run("migration:fly").exitCode()).isEqualTo(2);
        assertThat(cli().run("migration:run", "--bogus").exitCode()).isEqualTo(2);
        Cli.Result help = cli().run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("migration:run", "migration:status", "migration:rollback", "migration:reset",
                "migration:resolve", "migration:create", "schema:diff", "schema:sync", "schema:drop");
        Cli.Result commandHelp = cli().run("migration:rollback", "--help");
        assertThat(commandHelp.exitCode()).isZero();
        assertThat(commandHelp.out()).contains("--steps=N", "--to=VERSION");
    }

    @Test
    void verboseAndSqlLogging() {
        Cli.Result verbose = cli().run("migration:run", "--verbose", "--to=" + V1);
        assertThat(verbose.err()).contains("mifty:migration acquired the migration lock",
                "mifty:migration begin transaction for " + V1, "mifty:migration released the migration lock");
        Cli.Result debug = cli().env("DEBUG", "mifty:migration").env("MIFTY_LOG_SQL", "true").run("migration:run");
        assertThat(debug.err()).contains("mifty:migration committed " + V2,
                "mifty:sql CREATE INDEX orders_customer_idx ON orders (customer_id);");
        Cli.Result quiet = cli().run("migration:status");
        assertThat(quiet.err()).doesNotContain("mifty:migration").doesNotContain("mifty:sql");
    }

    @Test
    void postgresUrlFormWorksAndThePasswordNeverShows() {
        // the embedded test server trusts local logins, so any password is accepted and must be masked
        String jdbc = url.substring(0, url.indexOf('?'));
        String postgresUrl = jdbc.replace("jdbc:postgresql://", "postgres://postgres:Sup3rS3cret@");
        Cli.Result run = Cli.on(postgresUrl).env("MIFTY_LOG_SQL", "true").run("migration:run", "--verbose");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.all()).contains("(user postgres)").doesNotContain("Sup3rS3cret");
        assertThat(Db.history(url)).hasSize(3);
    }

    @Test
    void unreachableDatabaseIsOneLineWithoutStackOrPassword() {
        for (String bad : new String[] {"postgres://app:Sup3rS3cret@127.0.0.1:1/app",
                                        "jdbc:postgresql://127.0.0.1:1/app?user=app&password=Sup3rS3cret"}) {
            Cli.Result result = Cli.on(bad).run("migration:run");
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().strip().lines()).hasSize(1);
            assertThat(result.err()).startsWith("error: cannot connect to the database")
                    .contains("127.0.0.1:1").doesNotContain("Sup3rS3cret").doesNotContain("\tat ").doesNotContain("Exception");
            Cli.Result verbose = Cli.on(bad).run("migration:status", "--verbose");
            assertThat(verbose.err()).contains("\tat ").doesNotContain("Sup3rS3cret");
        }
        Cli.Result malformed = Cli.on("mysql://x:Sup3rS3cret@h/db").run("migration:status");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("DATABASE_URL must start with").doesNotContain("Sup3rS3cret");
    }

    @Test
    void tamperedChecksumAndUnknownVersionThroughTheCli() {
        cli().run("migration:run", "--to=" + V2);
        Db.execute(url, "UPDATE mifty_schema_history SET checksum = 'deadbeefdeadbeef' WHERE version = '" + V1 + "'");
        Cli.Result tampered = cli().run("migration:run");
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.err().strip().lines()).hasSize(1);
        assertThat(tampered.err()).contains(V1 + "_create_customers", "deadbeefdeadbeef", "changed after it was applied");
        assertThat(cli().run("migration:status").out()).containsPattern(V1 + " +create_customers +checksum_mismatch");
        assertThat(Db.history(url)).hasSize(2);

        Db.execute(url, "UPDATE mifty_schema_history SET checksum = '" + dev.mifty.runtime.testapp.migrations.TestApp.base()
                .build().migrations().get(0).checksum() + "' WHERE version = '" + V1 + "'");
        Db.execute(url, "INSERT INTO mifty_schema_history (installed_rank, version, description, type, checksum, "
                + "execution_time, success) VALUES (99, '20991231000000', 'from_the_future', 'GENERATED', 'abc', 1, true)");
        Cli.Result unknown = cli().run("migration:run");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("20991231000000_from_the_future", "--ignore-unknown");
        assertThat(cli().run("migration:status", "--json").out()).contains("\"state\": \"unknown\"");
        Cli.Result ignored = cli().run("migration:run", "--ignore-unknown");
        assertThat(ignored.exitCode()).as(ignored.toString()).isZero();
        assertThat(ignored.out()).contains("applied " + V3);
    }

    @Test
    void versionFlag() {
        Cli.Result version = cli().run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).contains("mifty 0.1.0");
    }
}
