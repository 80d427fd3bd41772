package dev.mifty.runtime.internal.exec;

import dev.mifty.runtime.Migration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the runtime knows about non-transactional (online DDL) migrations: which ones may simply be
 * run again after they failed or were interrupted part-way, and the INVALID indexes a failed
 * {@code CREATE INDEX CONCURRENTLY} leaves behind.
 *
 * <p>A non-transactional migration is re-runnable when every statement of its {@code up} (as a dry
 * run records it) is safe to repeat: {@code CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS},
 * {@code DROP INDEX CONCURRENTLY IF EXISTS}, {@code ALTER TABLE ... VALIDATE CONSTRAINT},
 * {@code REINDEX ... CONCURRENTLY}, {@code ANALYZE}. Before such a migration runs again, an INVALID
 * index it creates is dropped (it would make {@code IF NOT EXISTS} skip the build).
 */
public final class OnlineDdl {

    private static final String IDENT = "(\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)";
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(IF\\s+NOT\\s+EXISTS\\s+)?" + IDENT + "\\s+ON\\s.*");
    private static final Pattern REPEATABLE = Pattern.compile("(?is)^\\s*(?:"
            + "DROP\\s+INDEX\\s+CONCURRENTLY\\s+IF\\s+EXISTS\\s.*"
            + "|ALTER\\s+TABLE\\s+.*\\sVALIDATE\\s+CONSTRAINT\\s+\\S+\\s*"
            + "|REINDEX\\s+.*CONCURRENTLY.*"
            + "|ANALYZE(?:\\s.*)?)$");

    private static final String INVALID_INDEXES = """
            SELECT n.nspname, c.relname, t.relname
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisvalid AND n.nspname = ANY (?)
              AND i.indexrelid NOT IN (SELECT index_relid FROM pg_stat_progress_create_index WHERE index_relid <> 0)
            ORDER BY 1, 2""";

    private OnlineDdl() {
    }

    /** An INVALID index (not being built right now). */
    public record InvalidIndex(String schema, String name, String table) {
        public String label() {
            return schema + "." + name + " on " + table;
        }
    }

    /**
     * The up statements of a migration as a dry run records them; null when its up needs a
     * connection or asks whether it is a dry run (a data step the recording cannot show).
     */
    public static List<String> statements(Migration migration) {
        RecordingContext recorder = new RecordingContext();
        try {
            migration.up(recorder);
        } catch (Exception | LinkageError e) {
            return null;
        }
        return recorder.askedDryRun() ? null : recorder.statements();
    }

    /** True when a non-transactional migration may run again from its first statement after a failure. */
    public static boolean rerunnable(Migration migration) {
        List<String> statements = statements(migration);
        if (statements == null || statements.isEmpty()) {
            return false;
        }
        for (String sql : statements) {
            Matcher m = CREATE_INDEX.matcher(sql);
            boolean ok = m.matches() ? m.group(1) != null : REPEATABLE.matcher(sql).matches();
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Names (as PostgreSQL stores them) of the indexes a migration creates concurrently. */
    public static List<String> concurrentIndexes(List<String> statements) {
        List<String> names = new ArrayList<>();
        for (String sql : statements) {
            Matcher m = CREATE_INDEX.matcher(sql);
            if (m.matches()) {
                names.add(unquote(m.group(2)));
            }
        }
        return names;
    }

    /** Every INVALID index of the schemas, except those a {@code CREATE INDEX CONCURRENTLY} is building now. */
    public static List<InvalidIndex> invalidIndexes(Connection connection, List<String> schemas) throws SQLException {
        List<InvalidIndex> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(INVALID_INDEXES)) {
            s.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new InvalidIndex(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }

    private static String unquote(String identifier) {
        if (identifier.startsWith("\"")) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return identifier.toLowerCase(Locale.ROOT);
    }
}
