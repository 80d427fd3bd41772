package dev.mifty.designer;

import dev.mifty.designer.server.DesignerServer;
import dev.mifty.designer.workspace.Project;
import dev.mifty.designer.workspace.Workspace;
import dev.mifty.runtime.Environment;
import dev.mifty.runtime.MiftyDatabase;
import dev.mifty.runtime.internal.db.DatabaseUrl;
import dev.mifty.runtime.internal.db.Redactor;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A running designer: the database as the CLI chooses it ({@code DATABASE_URL}, else the embedded
 * PostgreSQL under {@code .mifty/}), the application's classes (or, in design mode, the project's
 * sources compiled by the designer) and the HTTP server. Closing it stops the server and the database.
 */
public final class Designer implements AutoCloseable {

    /**
     * What to start.
     *
     * @param host        the address to bind (default {@code 127.0.0.1}: this machine only)
     * @param port        default 3001; 0 picks a free port
     * @param env         the environment variables ({@code DATABASE_URL}, {@code MIFTY_ENV}, {@code MIFTY_SCHEMA}, ...)
     * @param workingDir  where {@code .mifty/} and {@code src/main/java} are looked for
     * @param classLoader the application's classes (classpath mode)
     * @param project     the project's sources (design mode), or null
     */
    public record Options(String host, int port, Map<String, String> env, Path workingDir, ClassLoader classLoader,
                          Project project) {
        public Options {
            env = Map.copyOf(env);
            workingDir = workingDir.toAbsolutePath().normalize();
        }
    }

    public static final int DEFAULT_PORT = 3001;

    private final MiftyDatabase database;
    private final DesignerServer server;
    private final Workspace workspace;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Designer(MiftyDatabase database, Workspace workspace, DesignerServer server) {
        this.database = database;
        this.workspace = workspace;
        this.server = server;
    }

    /** Opens the database, loads (or compiles) the application and starts serving; {@code notices} gets the embedded-database note. */
    public static Designer start(Options options, PrintStream notices) {
        Environment environment = Environment.parse(options.env().get("MIFTY_ENV"));
        String url = options.env().get("DATABASE_URL");
        Redactor redactor = url == null || url.isBlank() ? Redactor.none() : Redactor.none().with(DatabaseUrl.parse(url).password());
        String schema = blankToNull(options.env().get("MIFTY_SCHEMA"));
        MiftyDatabase database = MiftyDatabase.fromEnvironment(options.env(), options.workingDir(), notices);
        try {
            String label = redactor.redact(database.label());
            Workspace workspace;
            if (options.project() != null) {
                workspace = Workspace.ofProject(database.dataSource(), label, environment, schema, options.project());
            } else {
                Path sources = options.workingDir().resolve("src/main/java");
                workspace = Workspace.ofClasspath(database.dataSource(), label, environment, schema,
                        options.classLoader(), Files.isDirectory(sources) ? sources : null);
            }
            DesignerServer server = DesignerServer.start(options.host(), options.port(), workspace, redactor::redact);
            return new Designer(database, workspace, server);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:3001/ui?token=...} */
    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    public String token() {
        return server.token();
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
            database.close();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
