package dev.mifty.runtime.spi;

import java.nio.file.Path;

/**
 * A local PostgreSQL for development, used by the CLI (and {@link dev.mifty.runtime.MiftyDatabase})
 * when {@code DATABASE_URL} is not set. Found through {@link java.util.ServiceLoader}; the artifact
 * {@code dev.mifty:mifty-embedded-postgres} provides one, so the runtime itself carries no server binaries.
 */
public interface EmbeddedPostgresProvider {

    /**
     * Starts a server whose data lives in {@code dataDirectory} (created on first use, kept
     * between runs) on {@code port}.
     *
     * @throws Exception with the reason when it cannot start; the runtime reports it in one line
     */
    Server start(Path dataDirectory, int port) throws Exception;

    /** A running server; closing it stops it. */
    interface Server extends AutoCloseable {

        /** A JDBC URL that carries the user (no password). */
        String jdbcUrl();

        int port();

        @Override
        void close();
    }
}
