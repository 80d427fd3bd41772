package dev.mifty.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mifty.schema.testing.TestDatabases;

/** Fresh databases on the one embedded PostgreSQL (zonky, a random free port), and the pool every contender uses. */
final class Databases {

    private Databases() {
    }

    static String fresh() {
        return TestDatabases.newDatabase();
    }

    /** A small pool, as an application has (connected before anything is timed). */
    static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(1);
        HikariDataSource ds = new HikariDataSource(config);
        try (var ignored = ds.getConnection()) {
            return ds;
        } catch (java.sql.SQLException e) {
            ds.close();
            throw new IllegalStateException(e);
        }
    }
}
