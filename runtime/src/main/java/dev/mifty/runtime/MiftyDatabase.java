package dev.mifty.runtime;

import com.zaxxer.hikari.HikariDataSource;
import dev.mifty.runtime.internal.db.DatabaseUrl;
import dev.mifty.runtime.internal.db.EmbeddedDatabase;
import dev.mifty.runtime.internal.db.PooledDataSources;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The database the Mifty commands use, for applications that want the same one: {@code DATABASE_URL}
 * ({@code jdbc:postgresql://...} or {@code postgres://user:pass@host:port/db}) through a small
 * HikariCP pool, or, when it is not set, an embedded PostgreSQL whose data lives under
 * {@code .mifty/} in the working directory. Closing it closes the pool and stops the embedded server.
 *
 * <pre>{@code
 * try (MiftyDatabase db = MiftyDatabase.fromEnvironment(System.getenv(), System.err);
 *      Mifty mifty = Mifty.configure().dataSource(db.dataSource()).load()) {
 *     mifty.migrate();
 * }
 * }</pre>
 */
public final class MiftyDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final EmbeddedDatabase embedded;
    private final String label;

    private MiftyDatabase(HikariDataSource pool, EmbeddedDatabase embedded, String label) {
        this.pool = pool;
        this.embedded = embedded;
        this.label = label;
    }

    /**
     * {@code DATABASE_URL} from {@code env}, else the embedded PostgreSQL (port
     * {@code MIFTY_EMBEDDED_PORT}, default {@value EmbeddedDatabase#DEFAULT_PORT}); the embedded
     * case prints one line to {@code notices} saying so and how to point at a real server.
     */
    public static MiftyDatabase fromEnvironment(Map<String, String> env, PrintStream notices) {
        return fromEnvironment(env, Path.of("").toAbsolutePath(), notices);
    }

    /** As {@link #fromEnvironment(Map, PrintStream)}, with {@code .mifty/} under {@code workingDirectory}. */
    public static MiftyDatabase fromEnvironment(Map<String, String> env, Path workingDirectory, PrintStream notices) {
        String url = env.get("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return url(url);
        }
        String portText = env.get("MIFTY_EMBEDDED_PORT");
        int port = portText == null || portText.isBlank() ? EmbeddedDatabase.DEFAULT_PORT : parsePort(portText);
        notices.println("No DATABASE_URL set: using the embedded PostgreSQL in "
                + workingDirectory.resolve(".mifty").resolve("postgres") + " (port " + port
                + "); its data stays there between runs. To use a real server, set "
                + "DATABASE_URL=postgres://user:password@host:5432/database");
        return embedded(workingDirectory, port);
    }

    /** A pool on {@code url}; the password never appears in messages. */
    public static MiftyDatabase url(String url) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        return new MiftyDatabase(PooledDataSources.open(parsed), null, parsed.display());
    }

    /** Starts (or reuses the data of) the embedded PostgreSQL under {@code workingDirectory/.mifty}. */
    public static MiftyDatabase embedded(Path workingDirectory, int port) {
        EmbeddedDatabase embedded = EmbeddedDatabase.start(workingDirectory, port);
        try {
            return new MiftyDatabase(PooledDataSources.open(embedded.url()), embedded,
                    "the embedded PostgreSQL (.mifty/postgres, port " + embedded.port() + ")");
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    /** How to name this database in messages (password masked). */
    public String label() {
        return label;
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new MiftyException(ErrorCode.USAGE, "MIFTY_EMBEDDED_PORT must be a port number, got '" + text + "'");
        }
    }
}
