package dev.mifty.runtime.internal.exec;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MiftyLog;
import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationDescriptor;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs one migration's {@code up} or {@code down} with its history change, in one transaction
 * (autocommit for non-transactional migrations). On failure the transaction is rolled back and
 * the error names the migration, the statement and the SQL state.
 */
public final class MigrationExecutor {

    /** What to do in the database, in the migration's transaction, after its statements ran. */
    @FunctionalInterface
    public interface HistoryStep {
        void run(long executionMillis) throws SQLException;
    }

    private final Connection connection;
    private final MiftyLog log;
    private final boolean logSql;

    public MigrationExecutor(Connection connection, MiftyLog log, boolean logSql) {
        this.connection = connection;
        this.log = log;
        this.logSql = logSql;
    }

    /** Runs it; returns the execution time in milliseconds. */
    public long run(MigrationDescriptor descriptor, Migration migration, boolean up, HistoryStep before, HistoryStep after)
            throws SQLException {
        boolean transactional = migration.transactional();
        String what = (up ? "up" : "down");
        log.debug((transactional ? "begin transaction for " : "autocommit (non-transactional) for ")
                + descriptor.version() + "_" + descriptor.name() + " " + what);
        long start = System.nanoTime();
        connection.setAutoCommit(!transactional);
        try (JdbcContext context = new JdbcContext(connection, log, logSql)) {
            try {
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
                return millis;
            } catch (Exception e) {
                if (transactional) {
                    rollbackQuietly(e);
                }
                throw failure(descriptor, what, transactional, context, e);
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void rollbackQuietly(Exception original) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            original.addSuppressed(e);
        }
    }

    private static MiftyException failure(MigrationDescriptor d, String what, boolean transactional,
                                          JdbcContext context, Exception e) {
        StringBuilder message = new StringBuilder("migration ").append(d.version()).append('_').append(d.name())
                .append(" (").append(d.className()).append(") failed in ").append(what);
        if (context.failedStatement() != null) {
            message.append(" at statement ").append(context.failedIndex()).append(": ")
                    .append(oneLine(context.failedStatement()));
        }
        SQLException sql = findSql(e);
        message.append(": ").append(sql != null ? oneLine(sql.getMessage()) : e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
        if (sql != null && sql.getSQLState() != null) {
            message.append(" (SQL state ").append(sql.getSQLState()).append(')');
        }
        message.append(transactional
                ? "; it was rolled back entirely and earlier migrations stay applied: fix it and run migration:run again"
                : "; it ran outside a transaction, so part of it may be applied: repair the database by hand, then "
                  + "run migration:resolve --name=" + d.name() + " --as=up or --as=down");
        return new MiftyException(ErrorCode.MIGRATION_FAILED, message.toString(), e);
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
