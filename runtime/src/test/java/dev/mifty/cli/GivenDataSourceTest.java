package dev.mifty.cli;

import static dev.mifty.runtime.testapp.migrations.TestApp.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.runtime.Environment;
import dev.mifty.runtime.testapp.Db;
import dev.mifty.schema.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** {@code Main.withDataSource/withEnvironment/withSchema}: an embedding application's database, no DATABASE_URL, no embedded server. */
class GivenDataSourceTest {

    private final String url = TestDatabases.newDatabase();

    private PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser("postgres");
        return ds;
    }

    @Test
    void commandsRunOnTheGivenDataSourceNamedByItsLabel(@TempDir Path project) {
        // MIFTY_ENV says development; the given environment wins
        Cli cli = Cli.on(null).in(project).env("MIFTY_ENV", "development").dataSource(dataSource(), "app datasource (shop)");

        Cli.Result run = cli.run("migration:run");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Applying 3 migration(s) to app datasource (shop)", "Applied 3 migration(s)");
        assertThat(run.err()).doesNotContain("embedded", "DATABASE_URL");
        assertThat(Files.exists(project.resolve(".mifty"))).as("no embedded server started").isFalse();
        assertThat(Db.history(url)).hasSize(3);

        Cli.Result status = cli.run("migration:status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("3 applied").doesNotContain("pending");

        Cli.Result drop = cli.environment(Environment.PRODUCTION).run("schema:drop");
        assertThat(drop.exitCode()).as(drop.toString()).isEqualTo(1);
        assertThat(drop.err()).contains("schema:drop is a development command");
        assertThat(Db.tables(url)).contains("customers");
    }

    @Test
    void theGivenDataSourceWinsOverDatabaseUrlAndTheSchemaIsUsed() {
        Db.execute(url, "CREATE SCHEMA app");
        Cli cli = Cli.on("postgres://nobody:secret@127.0.0.1:1/none").dataSource(dataSource(), null).schema("app");

        Cli.Result run = cli.run("migration:run", "--to=" + V1);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("to the configured DataSource");
        assertThat(Db.strings(url, "SELECT version FROM app.mifty_schema_history")).containsExactly(V1);
        assertThat(Db.strings(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'mifty_schema_history'"))
                .containsExactly("0");
    }
}
