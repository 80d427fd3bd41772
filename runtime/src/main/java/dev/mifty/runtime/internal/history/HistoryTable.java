package dev.mifty.runtime.internal.history;

import dev.mifty.schema.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The history table ({@code mifty_schema_history} by default): created on first use, read in one
 * query, one row per applied migration. Only used while the advisory lock is held.
 */
public final class HistoryTable {

    private final String schema;
    private final String table;
    private final String qualified;

    public HistoryTable(String schema, String table) {
        this.schema = schema;
        this.table = table;
        this.qualified = PostgresDialect.quote(schema) + "." + PostgresDialect.quote(table);
    }

    public String name() {
        return table;
    }

    public boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = ? AND tablename = ?")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Creates the schema and table if missing (autocommit). */
    public void create(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + PostgresDialect.quote(schema));
            s.execute("CREATE TABLE IF NOT EXISTS " + qualified + " ("
                    + "installed_rank INTEGER NOT NULL PRIMARY KEY, "
                    + "version VARCHAR(50) NOT NULL, "
                    + "description VARCHAR(200) NOT NULL, "
                    + "type VARCHAR(20) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, "
                    + "installed_by VARCHAR(100) NOT NULL DEFAULT current_user, "
                    + "installed_on TIMESTAMPTZ NOT NULL DEFAULT now(), "
                    + "execution_time INTEGER NOT NULL, "
                    + "success BOOLEAN NOT NULL)");
        }
    }

    /** Every row, in installed order; empty when the table does not exist. */
    public List<AppliedMigration> read(Connection connection) throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        if (!exists(connection)) {
            return rows;
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT installed_rank, version, description, type, checksum, installed_by, "
                     + "installed_on, execution_time, success FROM " + qualified + " ORDER BY installed_rank")) {
            while (rs.next()) {
                Timestamp on = rs.getTimestamp(7);
                rows.add(new AppliedMigration(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), on == null ? null : on.toInstant(), rs.getLong(8),
                        rs.getBoolean(9)));
            }
        }
        return rows;
    }

    public HistoryWriter writer(Connection connection) {
        return new HistoryWriter(connection, qualified);
    }
}
