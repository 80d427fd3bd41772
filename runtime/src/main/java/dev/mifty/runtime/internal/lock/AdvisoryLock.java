package dev.mifty.runtime.internal.lock;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A session-level PostgreSQL advisory lock, taken with {@code pg_try_advisory_lock} in a bounded
 * retry loop outside any transaction. It belongs to the connection: when the process dies, the
 * server ends the session and the lock goes with it.
 */
public final class AdvisoryLock implements AutoCloseable {

    private static final long BASE = 0x6d69667479L << 16; // "mifty"

    private final Connection connection;
    private final long key;
    private final String restoreLockTimeout;

    private AdvisoryLock(Connection connection, long key, String restoreLockTimeout) {
        this.connection = connection;
        this.key = key;
        this.restoreLockTimeout = restoreLockTimeout;
    }

    /** The lock key of one history table: every runner on the same table waits for the same lock. */
    public static long keyOf(String schema, String table) {
        return BASE ^ (schema + "." + table).hashCode();
    }

    public static AdvisoryLock acquire(Connection connection, long key, Duration timeout, Consumer<String> onWait)
            throws SQLException {
        return acquire(connection, key, timeout, onWait, null, null);
    }

    /**
     * Takes the lock and, in the same query, sets the session's {@code lock_timeout} to
     * {@code lockTimeout} (when not null) for the migrations that follow; {@link #close} puts
     * {@code restoreLockTimeout} back, so a pooled connection goes back as it came.
     */
    public static AdvisoryLock acquire(Connection connection, long key, Duration timeout, Consumer<String> onWait,
                                       String lockTimeout, String restoreLockTimeout) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long sleep = 10;
        boolean announced = false;
        String sql = lockTimeout == null ? "SELECT pg_try_advisory_lock(?)"
                : "SELECT pg_try_advisory_lock(?), set_config('lock_timeout', ?, false)";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, key);
            if (lockTimeout != null) {
                s.setString(2, lockTimeout);
            }
            while (true) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return new AdvisoryLock(connection, key, lockTimeout == null ? null : restoreLockTimeout);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new MiftyException(ErrorCode.LOCK_TIMEOUT, "another Mifty run holds the migration lock (advisory lock "
                            + key + ") for more than " + timeout.toSeconds() + " s: wait for it to finish, or raise the lock timeout");
                }
                if (!announced) {
                    onWait.accept("waiting for the migration lock held by another Mifty run");
                    announced = true;
                }
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MiftyException(ErrorCode.LOCK_TIMEOUT, "interrupted while waiting for the migration lock", e);
                }
                sleep = Math.min(sleep * 2, 500);
            }
        }
    }

    /** Releases the lock; the caller keeps any earlier error as the primary one. */
    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (PreparedStatement s = connection.prepareStatement(restoreLockTimeout == null
                ? "SELECT pg_advisory_unlock(?)" : "SELECT pg_advisory_unlock(?), set_config('lock_timeout', ?, false)")) {
            s.setLong(1, key);
            if (restoreLockTimeout != null) {
                s.setString(2, restoreLockTimeout);
            }
            s.executeQuery().close();
        }
    }
}
