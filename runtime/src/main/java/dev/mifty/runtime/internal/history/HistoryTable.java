package dev.mifty.runtime.internal.history;

import dev.mifty.schema.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The history table ({@code mifty_schema_history} by default): created on first use, read in one
 * query, one row per applied migration. Read under the advisory lock, except by the no-op check
 * ({@link #readStates}).
 */
public final class HistoryTable {

    private static final String UNDEFINED_TABLE = "42P01";

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

    /**
     * Every row, in installed order, in one query; empty when the table does not exist. Only the
     * columns the commands use, the time as epoch milliseconds (cheap to read for thousands of rows).
     */
    public List<AppliedMigration> read(Connection connection) throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT installed_rank, version, description, type, checksum, "
                     + "(extract(epoch FROM installed_on) * 1000)::bigint, execution_time, success FROM " + qualified
                     + " ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(new AppliedMigration(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), rs.getLong(7), rs.getBoolean(8)));
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState()) && connection.getAutoCommit()) {
                return rows; // not created yet: nothing applied
            }
            throw e;
        }
        return rows;
    }

    /** Whether the table exists (asked without an error, so the server logs nothing). */
    public boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            s.setString(1, qualified);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Every row, in installed order, with only what a plan decides on (rank, version, type,
     * checksum, success): for the no-op check before the lock, where thousands of rows are read on
     * every start-up and nothing of them is shown. Description and time are left empty. Empty when
     * the table does not exist.
     */
    public List<AppliedMigration> readStates(Connection connection) throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT installed_rank, version, type, checksum, success FROM " + qualified
                     + " ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(new AppliedMigration(rs.getInt(1), rs.getString(2), "", rs.getString(3), rs.getString(4),
                        null, 0, rs.getBoolean(5)));
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState()) && connection.getAutoCommit()) {
                return rows;
            }
            throw e;
        }
        return rows;
    }

    public HistoryWriter writer(Connection connection) {
        return new HistoryWriter(connection, qualified);
    }
}
