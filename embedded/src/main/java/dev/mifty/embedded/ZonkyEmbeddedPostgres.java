package dev.mifty.embedded;

import dev.mifty.runtime.spi.EmbeddedPostgresProvider;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The Mifty CLI's development database: zonky's embedded PostgreSQL (real binaries from Maven
 * Central), data kept in the given directory between runs. Registered through
 * {@code META-INF/services}; the runtime finds it when {@code DATABASE_URL} is not set.
 */
public final class ZonkyEmbeddedPostgres implements EmbeddedPostgresProvider {

    @Override
    public Server start(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        return new Running(postgres);
    }

    private record Running(EmbeddedPostgres postgres) implements Server {

        @Override
        public String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
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
}
