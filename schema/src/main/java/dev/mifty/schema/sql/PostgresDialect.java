package dev.mifty.schema.sql;

import dev.mifty.schema.diff.Change;
import java.util.List;

/** Renders changes to PostgreSQL statements. Every identifier goes through {@link #quote}. */
public final class PostgresDialect {

    /** The statements of one change, in order, without trailing semicolons. */
    public List<String> render(Change change) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    /** Double-quoted identifier, embedded quotes doubled. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
