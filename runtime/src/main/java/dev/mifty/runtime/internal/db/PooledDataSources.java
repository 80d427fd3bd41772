package dev.mifty.runtime.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** A small HikariCP pool for a {@link DatabaseUrl}: Mifty needs one connection per command. */
public final class PooledDataSources {

    private PooledDataSources() {
    }

    public static HikariDataSource open(DatabaseUrl url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        if (url.user() != null) {
            config.setUsername(url.user());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        config.setPoolName("mifty");
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        // connect on first use, so an unreachable database fails in the command with a clear message
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
