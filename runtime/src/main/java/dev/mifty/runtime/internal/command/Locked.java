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

    private Locked() {
    }

    public static <T> T run(CommandContext ctx, boolean createHistory, Work<T> work) {
        return run(ctx, createHistory, (SessionWork<T>) (connection, session, history) -> work.run(connection, history));
    }

    public static <T> T run(CommandContext ctx, boolean createHistory, SessionWork<T> work) {
        Connection connection = connect(ctx);
        Throwable primary = null;
        try {
            AdvisoryLock lock;
            ServerSession session;
            try {
                session = ServerSession.open(connection);
                session.requireDirect(ctx.settings().sessionPooler(), ctx.databaseLabel());
                lock = AdvisoryLock.acquire(connection,
                        AdvisoryLock.keyOf(ctx.settings().schema(), ctx.settings().historyTable()),
                        ctx.settings().lockTimeout(), ctx.log()::info,
                        session.settings(LockPolicy.setting(ctx.settings().statementLocks().timeout()),
                                ctx.settings().searchPath()));
            } catch (SQLException e) {
                throw Failures.database("cannot take the migration lock", e);
            }
            ctx.log().debug("acquired the migration lock");
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
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection's lock died with its session
            }
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
