package dev.mifty.runtime.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import java.util.List;

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
        // connect once now: an unreachable database fails at once with the driver's reason, not after a retry loop
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            Redactor redactor = new Redactor(url.password() == null ? List.of() : List.of(url.password()));
            throw new MiftyException(ErrorCode.CONNECTION, redactor.redact("cannot connect to the database "
                    + url.display() + ": " + reason.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "")
                    + "; check DATABASE_URL and that the server is running"), e);
        }
    }
}
