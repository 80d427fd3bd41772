package dev.mifty.runtime.testapp;

import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small queries on a test database. */
public final class Db {

    private Db() {
    }

    public static List<String> tables(String url) {
        return strings(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    }

    /** {@code version:success} per history row, in installed order. */
    public static List<String> history(String url) {
        return strings(url, "SELECT version || ':' || CASE WHEN success THEN 't' ELSE 'f' END FROM mifty_schema_history ORDER BY installed_rank");
    }

    public static long count(String url, String sql) {
        return Long.parseLong(strings(url, sql).get(0));
    }

    public static int advisoryLocks(String url) {
        return Integer.parseInt(strings(url, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'").get(0));
    }

    public static void execute(String url, String sql) {
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> strings(String url, String sql) {
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
