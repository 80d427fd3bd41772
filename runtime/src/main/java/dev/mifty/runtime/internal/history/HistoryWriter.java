package dev.mifty.runtime.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Inserts and deletes history rows on one connection, reusing prepared statements. */
public final class HistoryWriter implements AutoCloseable {

    private final Connection connection;
    private final String qualified;
    private PreparedStatement insert;
    private PreparedStatement delete;

    HistoryWriter(Connection connection, String qualified) {
        this.connection = connection;
        this.qualified = qualified;
    }

    public void insert(int rank, String version, String description, String type, String checksum,
                       long executionMillis, boolean success) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement("INSERT INTO " + qualified
                    + " (installed_rank, version, description, type, checksum, execution_time, success)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        }
        insert.setInt(1, rank);
        insert.setString(2, version);
        insert.setString(3, description);
        insert.setString(4, type);
        insert.setString(5, checksum);
        insert.setInt(6, (int) Math.min(Integer.MAX_VALUE, executionMillis));
        insert.setBoolean(7, success);
        insert.executeUpdate();
    }

    /** Deletes every row of a version (applied or failed). */
    public void delete(String version) throws SQLException {
        if (delete == null) {
            delete = connection.prepareStatement("DELETE FROM " + qualified + " WHERE version = ?");
        }
        delete.setString(1, version);
        delete.executeUpdate();
    }

    /** Marks the row of a non-transactional migration, written as started, as applied (one atomic update). */
    public void markSucceeded(int rank, long executionMillis) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE " + qualified + " SET success = true, execution_time = ? WHERE installed_rank = ?")) {
            s.setInt(1, (int) Math.min(Integer.MAX_VALUE, executionMillis));
            s.setInt(2, rank);
            s.executeUpdate();
        }
    }

    /** Replaces the recorded checksum of a version ({@code migration:resolve --as=up} on an edited one). */
    public void updateChecksum(String version, String checksum) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE " + qualified + " SET checksum = ? WHERE version = ?")) {
            s.setString(1, checksum);
            s.setString(2, version);
            s.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
        if (delete != null) {
            delete.close();
        }
    }
}
