package dev.mifty.schema.introspect;

import dev.mifty.schema.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a live PostgreSQL schema into the model through catalog queries (plain {@code java.sql};
 * the driver is the caller's). The history table {@code mifty_schema_history} is ignored.
 */
public final class Introspector {

    /** Tables and sequences of {@code schemaName} (e.g. {@code public}). */
    public Schema read(Connection connection, String schemaName) throws SQLException {
        throw new UnsupportedOperationException("TODO: issue 2");
    }
}
