package dev.mifty.runtime.internal.lock;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The server session behind a command's connection: its backend pid (for {@link LockWatcher}),
 * the session's {@code lock_timeout} before Mifty set its own (restored at the end), and whether a
 * protocol-level connection pooler (PgBouncer, ...) sits in between.
 *
 * <p>A pooler is seen when the backend pid the driver got at connect time (from the pooler's
 * BackendKeyData) is not the server's {@code pg_backend_pid()}. Mifty's migration lock is a
 * session advisory lock; a transaction-pooling PgBouncer hands the server session to other clients
 * between transactions, so the lock would neither protect the run nor be released (Prisma #5843).
 * Behind a pooler the command is refused unless the pooler is declared session-pooling.
 */
public record ServerSession(int pid, String previousLockTimeout, String previousSearchPath, boolean pooled) {

    public static ServerSession open(Connection connection) throws SQLException {
        int pid;
        String lockTimeout;
        String searchPath;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_backend_pid(), current_setting('lock_timeout'), current_setting('search_path')")) {
            rs.next();
            pid = rs.getInt(1);
            lockTimeout = rs.getString(2);
            searchPath = rs.getString(3);
        }
        Integer driverPid = driverPid(connection);
        return new ServerSession(pid, lockTimeout, searchPath, driverPid != null && driverPid != pid);
    }

    /**
     * The session settings a command runs with: its {@code lock_timeout}, and, when a schema was
     * given, that schema first on the {@code search_path}; with the values to put back afterwards.
     */
    public SessionSettings settings(String lockTimeout, String schema) {
        java.util.Map<String, String> set = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> restore = new java.util.LinkedHashMap<>();
        set.put("lock_timeout", lockTimeout);
        restore.put("lock_timeout", previousLockTimeout);
        if (schema != null) {
            set.put("search_path", dev.mifty.schema.sql.PostgresDialect.quote(schema)
                    + (previousSearchPath == null || previousSearchPath.isBlank() ? "" : ", " + previousSearchPath));
            restore.put("search_path", previousSearchPath == null ? "" : previousSearchPath);
        }
        return new SessionSettings(set, restore);
    }

    /** Refuses a pooled connection unless it was declared session-pooling. */
    public void requireDirect(boolean sessionPoolerAllowed, String database) {
        if (pooled && !sessionPoolerAllowed) {
            throw new MiftyException(ErrorCode.POOLER, "the connection to " + database + " goes through a connection "
                    + "pooler (PgBouncer or similar: the server session " + pid + " is not the one the driver was "
                    + "given at connect time). Mifty's migration lock is a session advisory lock, which a "
                    + "transaction-pooling PgBouncer breaks (another client gets the server session between "
                    + "transactions), so nothing was run. Run migrations on a direct connection to PostgreSQL "
                    + "(DATABASE_URL with the server's own host and port, typically 5432, not PgBouncer's 6432); "
                    + "if this pooler uses pool_mode=session, say so with --pooler=session or MIFTY_POOLER=session");
        }
    }

    private static Integer driverPid(Connection connection) {
        try {
            if (connection.isWrapperFor(org.postgresql.PGConnection.class)) {
                return connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            }
        } catch (SQLException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
