package dev.mifty.runtime.internal.lock;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A session-level PostgreSQL advisory lock, taken with {@code pg_try_advisory_lock} in a bounded
 * retry loop outside any transaction. It belongs to the connection: when the process dies, the
 * server ends the session and the lock goes with it. The same queries set and restore the
 * command's {@link SessionSettings}.
 */
public final class AdvisoryLock implements AutoCloseable {

    private static final long BASE = 0x6d69667479L << 16; // "mifty"

    private final Connection connection;
    private final long key;
    private final Map<String, String> restore;

    private AdvisoryLock(Connection connection, long key, Map<String, String> restore) {
        this.connection = connection;
        this.key = key;
        this.restore = restore;
    }

    /** The lock key of one history table: every runner on the same table waits for the same lock. */
    public static long keyOf(String schema, String table) {
        return BASE ^ (schema + "." + table).hashCode();
    }

    public static AdvisoryLock acquire(Connection connection, long key, Duration timeout, Consumer<String> onWait)
            throws SQLException {
        return acquire(connection, key, timeout, onWait, SessionSettings.none());
    }

    /** Takes the lock and, in the same query, applies {@code settings}; {@link #close} restores them. */
    public static AdvisoryLock acquire(Connection connection, long key, Duration timeout, Consumer<String> onWait,
                                       SessionSettings settings) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long sleep = 10;
        boolean announced = false;
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(withConfig("SELECT pg_try_advisory_lock(?)", settings.set(), values))) {
            s.setLong(1, key);
            bind(s, values);
            while (true) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return new AdvisoryLock(connection, key, settings.restore());
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
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(withConfig("SELECT pg_advisory_unlock(?)", restore, values))) {
            s.setLong(1, key);
            bind(s, values);
            s.executeQuery().close();
        }
    }

    private static String withConfig(String select, Map<String, String> config, List<String> values) {
        StringBuilder sql = new StringBuilder(select);
        for (Map.Entry<String, String> e : config.entrySet()) {
            sql.append(", set_config(?, ?, false)");
            values.add(e.getKey());
            values.add(e.getValue());
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement s, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(i + 2, values.get(i));
        }
    }
}
