package dev.mifty.runtime;

import dev.mifty.runtime.internal.db.DatabaseUrl;
import dev.mifty.runtime.internal.db.DirectDataSources;
import dev.mifty.runtime.internal.db.EmbeddedServers;
import dev.mifty.runtime.spi.EmbeddedPostgresProvider;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The database the Mifty commands use, for applications that want the same one: {@code DATABASE_URL}
 * ({@code jdbc:postgresql://...} or {@code postgres://user:pass@host:port/db}), or, when it is not
 * set and {@code dev.mifty:mifty-embedded-postgres} is on the class path, an embedded PostgreSQL
 * whose data lives under {@code .mifty/} in the working directory. Closing it stops the embedded server.
 *
 * <p>{@link #dataSource()} is the PostgreSQL driver's DataSource without a pool (one connection
 * per {@code getConnection()}): enough for migrations and small tools; give a busy application its own pool.
 *
 * <pre>{@code
 * try (MiftyDatabase db = MiftyDatabase.fromEnvironment(System.getenv(), System.err);
 *      Mifty mifty = Mifty.configure().dataSource(db.dataSource()).load()) {
 *     mifty.migrate();
 * }
 * }</pre>
 */
public final class MiftyDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final EmbeddedPostgresProvider.Server embedded;
    private final String label;

    private MiftyDatabase(DataSource dataSource, EmbeddedPostgresProvider.Server embedded, String label) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.label = label;
    }

    /**
     * {@code DATABASE_URL} from {@code env}, else the embedded PostgreSQL (port
     * {@code MIFTY_EMBEDDED_PORT}, default {@value EmbeddedServers#DEFAULT_PORT}); the embedded
     * case prints one line to {@code notices} saying so and how to point at a real server.
     *
     * @throws MiftyException {@link ErrorCode#NO_DATABASE} (one line saying what to add or set) when
     *     neither {@code DATABASE_URL} nor {@code mifty-embedded-postgres} is there
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
        EmbeddedPostgresProvider provider = EmbeddedServers.provider(contextLoader());
        String portText = env.get("MIFTY_EMBEDDED_PORT");
        int port = portText == null || portText.isBlank() ? EmbeddedServers.DEFAULT_PORT : parsePort(portText);
        notices.println("No DATABASE_URL set: using the embedded PostgreSQL in "
                + EmbeddedServers.dataDirectory(workingDirectory) + " (port " + port
                + "); its data stays there between runs. To use a real server, set "
                + "DATABASE_URL=postgres://user:password@host:5432/database");
        return embedded(provider, workingDirectory, port);
    }

    /** A DataSource on {@code url} (connected once to fail early); the password never appears in messages. */
    public static MiftyDatabase url(String url) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        return new MiftyDatabase(DirectDataSources.open(parsed), null, parsed.display());
    }

    /** Starts (or reuses the data of) the embedded PostgreSQL under {@code workingDirectory/.mifty}. */
    public static MiftyDatabase embedded(Path workingDirectory, int port) {
        return embedded(EmbeddedServers.provider(contextLoader()), workingDirectory, port);
    }

    private static MiftyDatabase embedded(EmbeddedPostgresProvider provider, Path workingDirectory, int port) {
        EmbeddedPostgresProvider.Server server = EmbeddedServers.start(provider, workingDirectory, port);
        try {
            return new MiftyDatabase(DirectDataSources.open(new DatabaseUrl(server.jdbcUrl(), null, null)), server,
                    "the embedded PostgreSQL (.mifty/postgres, port " + server.port() + ")");
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** How to name this database in messages (password masked). */
    public String label() {
        return label;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static ClassLoader contextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : MiftyDatabase.class.getClassLoader();
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new MiftyException(ErrorCode.USAGE, "MIFTY_EMBEDDED_PORT must be a port number, got '" + text + "'");
        }
    }
}
