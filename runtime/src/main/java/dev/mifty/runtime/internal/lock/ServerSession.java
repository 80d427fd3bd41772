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
public record ServerSession(int pid, String previousLockTimeout, boolean pooled) {

    public static ServerSession open(Connection connection) throws SQLException {
        int pid;
        String lockTimeout;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_backend_pid(), current_setting('lock_timeout')")) {
            rs.next();
            pid = rs.getInt(1);
            lockTimeout = rs.getString(2);
        }
        Integer driverPid = driverPid(connection);
        return new ServerSession(pid, lockTimeout, driverPid != null && driverPid != pid);
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
