package dev.mifty.embedded;

import dev.mifty.cli.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without DATABASE_URL the CLI runs on an embedded PostgreSQL whose data persists under .mifty/. */
class EmbeddedDatabaseTest {

    @Test
    void dataPersistsUnderDotMiftyBetweenRuns(@TempDir Path project) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Cli cli = Cli.on(null).in(project).env("MIFTY_EMBEDDED_PORT", String.valueOf(port));

        Cli.Result run = cli.run("migration:run");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("No DATABASE_URL set: using the embedded PostgreSQL in",
                ".mifty" + java.io.File.separator + "postgres", "DATABASE_URL=postgres://");
        assertThat(run.out()).contains("Applied 3 migration(s)");
        assertThat(Files.exists(project.resolve(".mifty/postgres/PG_VERSION"))).isTrue();

        Cli.Result status = cli.run("migration:status"); // a new server on the same data directory
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("3 applied").doesNotContain("pending");
    }
}
