package dev.mifty.runtime.internal.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who holds the lock a backend waits for: {@code pg_locks} (the waited-for lock),
 * {@code pg_blocking_pids} and {@code pg_stat_activity} (who holds it, doing what, since when).
 * Run on a second connection while the migration's statement waits.
 */
public final class BlockingLocks {

    private static final String QUERY = """
            SELECT w.mode, w.locktype, coalesce(w.relation::regclass::text, w.locktype) AS target,
                   b.pid, b.usename, b.application_name, b.state,
                   extract(epoch FROM now() - coalesce(b.xact_start, b.query_start))::bigint AS seconds,
                   left(regexp_replace(coalesce(b.query, ''), '\\s+', ' ', 'g'), 160) AS query,
                   (SELECT string_agg(DISTINCT h.mode, ', ') FROM pg_locks h
                     WHERE h.pid = b.pid AND h.granted AND h.locktype = w.locktype
                       AND h.relation IS NOT DISTINCT FROM w.relation) AS held
            FROM pg_locks w
            CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid)
            JOIN pg_stat_activity b ON b.pid = bp.pid
            WHERE w.pid = ? AND NOT w.granted
            ORDER BY b.pid""";

    private BlockingLocks() {
    }

    /** One line per blocker, e.g. {@code pid 4711 (user app, application 'psql', idle in transaction for 42 s, last query: ...) holds AccessShareLock on customers; the migration waits for AccessExclusiveLock}; empty when {@code pid} waits for nothing. */
    public static List<String> describe(Connection connection, int pid) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(QUERY)) {
            s.setInt(1, pid);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String held = rs.getString("held");
                    String app = rs.getString("application_name");
                    lines.add("pid " + rs.getInt("pid") + " (user " + rs.getString("usename")
                            + (app == null || app.isEmpty() ? "" : ", application '" + app + "'")
                            + ", " + rs.getString("state") + " for " + rs.getLong("seconds") + " s"
                            + ", last query: " + rs.getString("query") + ")"
                            + (held == null ? " is ahead in the queue for " : " holds " + held + " on ")
                            + target(rs.getString("locktype"), rs.getString("target"))
                            + "; the migration waits for " + rs.getString("mode"));
                }
            }
        }
        return lines;
    }

    private static String target(String locktype, String target) {
        return locktype.equals("relation") ? "table " + target : locktype + " lock";
    }
}
