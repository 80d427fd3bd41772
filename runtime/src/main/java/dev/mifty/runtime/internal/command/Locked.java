package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.internal.history.AppliedMigration;
import dev.mifty.runtime.internal.lock.AdvisoryLock;
import dev.mifty.runtime.internal.lock.LockPolicy;
import dev.mifty.runtime.internal.lock.ServerSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a command's work on one connection while holding the advisory lock: connect, lock
 * (outside any transaction), create the history table when asked, read it, work, unlock in
 * {@code finally} without hiding the original error.
 */
public final class Locked {

    /** The locked part of a command. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection, List<AppliedMigration> history) throws Exception;
    }

    /** The locked part of a command that also needs the server session (its pid, for lock diagnostics). */
    @FunctionalInterface
    public interface SessionWork<T> {
        T run(Connection connection, ServerSession session, List<AppliedMigration> history) throws Exception;
    }

    /** Decides from a history read without the lock whether a command has nothing to do. */
    @FunctionalInterface
    public interface Check {
        boolean nothingToDo(List<AppliedMigration> history);
    }

    private Locked() {
    }

    public static <T> T run(CommandContext ctx, boolean createHistory, Work<T> work) {
        return run(ctx, createHistory, (SessionWork<T>) (connection, session, history) -> work.run(connection, history));
    }

    public static <T> T run(CommandContext ctx, boolean createHistory, SessionWork<T> work) {
        Connection connection = connect(ctx);
        try {
            return locked(ctx, connection, session(ctx, connection), createHistory, work);
        } finally {
            close(connection);
        }
    }

    /**
     * A command that is usually a no-op ({@code migration:run} at every start-up): first, on the
     * same connection and without the lock, reads the history (only the columns a plan needs; when
     * the table exists) and asks {@code check}; when it finds nothing to do the command is over and returns
     * {@code nothingDone}, without taking the lock or writing anything (the history table is not
     * created either). Otherwise (something to do, a problem, no history table yet, a failed read)
     * the command runs as {@link #run} does: lock, create the history table, read it again, work.
     *
     * <p>Safe beside concurrent runners because one query reads one snapshot: a transactional
     * migration's history row commits with its DDL, and a non-transactional one is recorded as
     * started ({@code success = false}) before its first statement. So a snapshot in which the
     * check finds nothing to do is one a locked run could have read too. {@code check} must decide
     * only from the history it is given, and anything it does not accept is decided under the lock.
     */
    public static <T> T runUnlessDone(CommandContext ctx, Check check, T nothingDone, SessionWork<T> work) {
        Connection connection = connect(ctx);
        try {
            ServerSession session = session(ctx, connection);
            if (nothingToDo(ctx, connection, check)) {
                ctx.log().debug("nothing to do (decided without the migration lock)");
                return nothingDone;
            }
            return locked(ctx, connection, session, true, work);
        } finally {
            close(connection);
        }
    }

    private static boolean nothingToDo(CommandContext ctx, Connection connection, Check check) {
        try {
            return connection.getAutoCommit() && ctx.history().exists(connection)
                    && check.nothingToDo(ctx.history().readStates(connection));
        } catch (SQLException e) {
            ctx.log().debug("cannot read the history without the lock (" + Failures.oneLine(e.getMessage())
                    + "); reading it under the lock");
            return false;
        }
    }

    private static ServerSession session(CommandContext ctx, Connection connection) {
        ServerSession session;
        try {
            session = ServerSession.open(connection);
        } catch (SQLException e) {
            throw Failures.database("cannot take the migration lock", e);
        }
        session.requireDirect(ctx.settings().sessionPooler(), ctx.databaseLabel());
        return session;
    }

    private static <T> T locked(CommandContext ctx, Connection connection, ServerSession session, boolean createHistory,
                                SessionWork<T> work) {
        AdvisoryLock lock;
        try {
            lock = AdvisoryLock.acquire(connection,
                    AdvisoryLock.keyOf(ctx.settings().schema(), ctx.settings().historyTable()),
                    ctx.settings().lockTimeout(), ctx.log()::info,
                    session.settings(LockPolicy.setting(ctx.settings().statementLocks().timeout()),
                            ctx.settings().searchPath()));
        } catch (SQLException e) {
            throw Failures.database("cannot take the migration lock", e);
        }
        ctx.log().debug("acquired the migration lock");
        Throwable primary = null;
        try {
            if (createHistory) {
                ctx.history().create(connection);
            }
            List<AppliedMigration> history = ctx.history().read(connection);
            ctx.log().debug("read " + history.size() + " history row(s) from " + ctx.settings().historyTable());
            return work.run(connection, session, history);
        } catch (Throwable e) {
            primary = e;
            throw Failures.wrap(e);
        } finally {
            try {
                lock.close();
                ctx.log().debug("released the migration lock");
            } catch (SQLException | RuntimeException e) {
                if (primary != null) {
                    primary.addSuppressed(e);
                } else {
                    throw Failures.wrap(e);
                }
            }
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a broken connection's lock died with its session
        }
    }

    private static Connection connect(CommandContext ctx) {
        try {
            return ctx.dataSource().getConnection();
        } catch (SQLException e) {
            throw new MiftyException(ErrorCode.CONNECTION, "cannot connect to the database " + ctx.databaseLabel() + ": "
                    + Failures.oneLine(rootMessage(e)) + "; check DATABASE_URL and that the server is running", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String own = e.getMessage();
        return t == e || t.getMessage() == null ? own : own + " (" + t.getMessage() + ")";
    }
}
