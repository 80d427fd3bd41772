package dev.mifty.runtime.internal.exec;

import dev.mifty.runtime.Environment;
import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MiftyLog;
import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.internal.lock.LockPolicy;
import dev.mifty.runtime.internal.lock.LockWatcher;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Runs one migration's {@code up} or {@code down} with its history change, in one transaction
 * (autocommit for non-transactional migrations). On failure the transaction is rolled back and
 * the error names the migration, the statement and the SQL state.
 *
 * <p>Every statement waits at most the migration's lock timeout for a table lock ({@link LockPolicy};
 * the session's {@code lock_timeout} is set by the command, a migration's own
 * {@link Migration#lockTimeout()} with {@code SET LOCAL}). A lock timeout rolls the migration back
 * and retries it after a backoff, a bounded number of times; a non-transactional migration is only
 * retried when it timed out on its first statement (nothing of it applied yet).
 */
public final class MigrationExecutor {

    /** PostgreSQL's {@code lock_not_available}: the statement waited longer than {@code lock_timeout}. */
    public static final String LOCK_NOT_AVAILABLE = "55P03";

    /** What to do in the database, in the migration's transaction, after its statements ran. */
    @FunctionalInterface
    public interface HistoryStep {
        void run(long executionMillis) throws SQLException;
    }

    private final Connection connection;
    private final MiftyLog log;
    private final boolean logSql;
    private final LockPolicy policy;
    private final LockWatcher watcher;
    private Environment environment = Environment.DEVELOPMENT;

    public MigrationExecutor(Connection connection, MiftyLog log, boolean logSql) {
        this(connection, log, logSql, LockPolicy.defaults(), LockWatcher.none());
    }

    public MigrationExecutor(Connection connection, MiftyLog log, boolean logSql, LockPolicy policy, LockWatcher watcher) {
        this.connection = connection;
        this.log = log;
        this.logSql = logSql;
        this.policy = policy;
        this.watcher = watcher;
    }

    /** The environment the migrations see through {@link dev.mifty.runtime.MigrationContext#environment()}. */
    public MigrationExecutor environment(Environment environment) {
        this.environment = environment;
        return this;
    }

    /** Runs it (retrying after lock timeouts); returns the execution time in milliseconds of the attempt that succeeded. */
    public long run(MigrationDescriptor descriptor, Migration migration, boolean up, HistoryStep before, HistoryStep after)
            throws SQLException {
        Duration own = migration.lockTimeout();
        Duration timeout = own != null ? own : policy.timeout();
        Migration current = migration;
        for (int attempt = 1; ; attempt++) {
            Attempt result = attempt(descriptor, current, up, before, after, own);
            if (result.failure == null) {
                return result.millis;
            }
            boolean retryable = result.lockTimeout && attempt <= policy.retries()
                    && (current.transactional() || result.failedIndex == 1);
            if (!retryable) {
                throw failure(descriptor, up ? "up" : "down", current.transactional(), result, timeout, attempt);
            }
            Duration backoff = policy.backoff(attempt, timeout);
            log.warn("migration " + descriptor.version() + "_" + descriptor.name() + " waited more than "
                    + LockPolicy.describe(timeout) + " for a lock at statement " + result.failedIndex
                    + (result.blockers.isEmpty() ? "" : " (" + String.join("; ", result.blockers) + ")")
                    + "; rolled back, retrying in " + LockPolicy.describe(backoff)
                    + " (attempt " + (attempt + 1) + " of " + (policy.retries() + 1) + ")");
            sleep(backoff);
            current = descriptor.factory().get();
        }
    }

    private Attempt attempt(MigrationDescriptor descriptor, Migration migration, boolean up, HistoryStep before,
                            HistoryStep after, Duration own) throws SQLException {
        boolean transactional = migration.transactional();
        String what = up ? "up" : "down";
        Duration timeout = own != null ? own : policy.timeout();
        log.debug((transactional ? "begin transaction for " : "autocommit (non-transactional) for ")
                + descriptor.version() + "_" + descriptor.name() + " " + what);
        long start = System.nanoTime();
        connection.setAutoCommit(!transactional);
        try (JdbcContext context = new JdbcContext(connection, log, logSql, watcher, timeout).environment(environment)) {
            try {
                if (own != null) {
                    setLockTimeout(transactional ? "SET LOCAL" : "SET", own);
                }
                before.run(0);
                if (up) {
                    migration.up(context);
                } else {
                    migration.down(context);
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                after.run(millis);
                if (transactional) {
                    connection.commit();
                    log.debug("committed " + descriptor.version() + "_" + descriptor.name());
                }
                return new Attempt(millis, null, context, false, List.of());
            } catch (Exception e) {
                if (transactional) {
                    rollbackQuietly(e);
                }
                SQLException sql = findSql(e);
                boolean lockTimeout = sql != null && LOCK_NOT_AVAILABLE.equals(sql.getSQLState());
                return new Attempt(0, e, context, lockTimeout, lockTimeout ? watcher.lastBlockers() : List.of());
            } finally {
                if (own != null && !transactional) {
                    restoreLockTimeout();
                }
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void setLockTimeout(String set, Duration timeout) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(set + " lock_timeout = '" + LockPolicy.setting(timeout) + "'");
        }
    }

    private void restoreLockTimeout() {
        try {
            setLockTimeout("SET", policy.timeout());
        } catch (SQLException e) {
            log.debug("cannot restore lock_timeout: " + e.getMessage());
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MiftyException(ErrorCode.LOCK_TIMEOUT, "interrupted while waiting to retry a migration", e);
        }
    }

    private void rollbackQuietly(Exception original) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            original.addSuppressed(e);
        }
    }

    /** One try: its time, or its failure (null on success). */
    private static final class Attempt {
        final long millis;
        final Exception failure;
        final String failedStatement;
        final int failedIndex;
        final boolean lockTimeout;
        final List<String> blockers;

        Attempt(long millis, Exception failure, JdbcContext context, boolean lockTimeout, List<String> blockers) {
            this.millis = millis;
            this.failure = failure;
            this.failedStatement = context.failedStatement();
            this.failedIndex = context.failedIndex();
            this.lockTimeout = lockTimeout;
            this.blockers = blockers;
        }
    }

    private static MiftyException failure(MigrationDescriptor d, String what, boolean transactional, Attempt a,
                                          Duration timeout, int attempts) {
        Exception e = a.failure;
        StringBuilder message = new StringBuilder("migration ").append(d.version()).append('_').append(d.name())
                .append(" (").append(d.className()).append(") failed in ").append(what);
        if (a.failedStatement != null) {
            message.append(" at statement ").append(a.failedIndex).append(": ").append(oneLine(a.failedStatement));
        }
        SQLException sql = findSql(e);
        if (a.lockTimeout) {
            message.append(": it waited more than ").append(LockPolicy.describe(timeout))
                    .append(" for a lock (lock_timeout) in ").append(attempts).append(attempts == 1 ? " attempt" : " attempts")
                    .append(a.blockers.isEmpty() ? "; the lock holder could not be seen (it finished just before the look)"
                            : "; blocked by " + String.join("; ", a.blockers))
                    .append(" (SQL state ").append(LOCK_NOT_AVAILABLE).append(')')
                    .append("; end or wait out that transaction, or raise the lock timeout (--lock-timeout, "
                            + "MIFTY_LOCK_TIMEOUT, or lockTimeout() on the migration)");
        } else {
            message.append(": ").append(sql != null ? oneLine(sql.getMessage()) : e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
            if (sql != null && sql.getSQLState() != null) {
                message.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
        }
        message.append(transactional
                ? "; it was rolled back entirely and earlier migrations stay applied: fix it and run migration:run again"
                : "; it ran outside a transaction, so part of it may be applied: repair the database by hand, then "
                  + "run migration:resolve --name=" + d.name() + " --as=up or --as=down");
        return new MiftyException(a.lockTimeout ? ErrorCode.LOCK_TIMEOUT : ErrorCode.MIGRATION_FAILED, message.toString(), e);
    }

    private static SQLException findSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
