package dev.mifty.runtime.internal.db;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL driver's own DataSource for a {@link DatabaseUrl}, without a pool: a command takes
 * one connection for its whole run, so a pool buys nothing, and the driver logs nothing (no SLF4J).
 */
public final class DirectDataSources {

    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private DirectDataSources() {
    }

    /** A DataSource on {@code url}, connected once now: an unreachable database fails here with the driver's reason. */
    public static PGSimpleDataSource open(DatabaseUrl url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        Redactor redactor = new Redactor(url.password() == null ? List.of() : List.of(url.password()));
        try {
            dataSource.setUrl(url.jdbcUrl());
        } catch (IllegalArgumentException e) {
            throw new MiftyException(ErrorCode.USAGE, redactor.redact("DATABASE_URL is not a valid PostgreSQL URL: "
                    + url.display()), e);
        }
        if (url.user() != null) {
            dataSource.setUser(url.user());
        }
        if (url.password() != null) {
            dataSource.setPassword(url.password());
        }
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setApplicationName("mifty");
        try (Connection ignored = dataSource.getConnection()) {
            return dataSource;
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new MiftyException(ErrorCode.CONNECTION, redactor.redact("cannot connect to the database "
                    + url.display() + ": " + reason.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "")
                    + "; check DATABASE_URL and that the server is running"), e);
        }
    }
}
