package dev.mifty.runtime.internal.db;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CLI's default database when {@code DATABASE_URL} is not set: an embedded PostgreSQL whose
 * data lives in {@code .mifty/postgres} under the working directory and survives between runs.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Stable, so the same data directory always answers on the same port. */
    public static final int DEFAULT_PORT = 54329;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static EmbeddedDatabase start(Path workingDirectory, int port) {
        Path data = workingDirectory.resolve(".mifty").resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(data.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            return new EmbeddedDatabase(postgres, data);
        } catch (IOException | RuntimeException e) {
            throw new MiftyException(ErrorCode.CONNECTION, "cannot start the embedded PostgreSQL in " + data
                    + " on port " + port + " (" + e.getMessage() + "): set DATABASE_URL to use a real server", e);
        }
    }

    public DatabaseUrl url() {
        return new DatabaseUrl(postgres.getJdbcUrl("postgres", "postgres"), null, null);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the server stops with the JVM at the latest
        }
    }
}
