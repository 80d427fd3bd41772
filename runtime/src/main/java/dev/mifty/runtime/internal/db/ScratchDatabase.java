package dev.mifty.runtime.internal.db;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.schema.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.ds.common.BaseDataSource;

/**
 * A new, empty database on the server of a command's database, dropped on {@link #close}: where
 * {@code migration:squash} replays migrations, so the user's database is never touched. Reached
 * with a copy of the command's PostgreSQL driver DataSource (what {@code DATABASE_URL} and the
 * embedded PostgreSQL give) with another database name.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final DataSource server;
    private final String name;
    private final PGSimpleDataSource dataSource;

    private ScratchDatabase(DataSource server, String name, PGSimpleDataSource dataSource) {
        this.server = server;
        this.name = name;
        this.dataSource = dataSource;
    }

    /** Creates {@code mifty_scratch_<random>} on {@code server}'s PostgreSQL. */
    public static ScratchDatabase create(DataSource server, String label) {
        BaseDataSource driver = driverDataSource(server, label);
        String name = "mifty_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + PostgresDialect.quote(name) + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new MiftyException(ErrorCode.DATABASE, "cannot create a scratch database on " + label + " ("
                    + e.getMessage() + (e.getSQLState() == null ? "" : ", SQL state " + e.getSQLState()) + "): "
                    + "the user needs the CREATEDB privilege; or run the command against a development server, e.g. "
                    + "the embedded PostgreSQL (unset DATABASE_URL, with mifty-embedded-postgres on the class path)", e);
        }
        PGSimpleDataSource copy = new PGSimpleDataSource();
        copy.setUrl(driver.getUrl());
        copy.setUser(driver.getUser());
        copy.setPassword(driver.getPassword());
        copy.setDatabaseName(name);
        return new ScratchDatabase(server, name, copy);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String name() {
        return name;
    }

    /** Drops the database (and any session still on it). */
    @Override
    public void close() {
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + PostgresDialect.quote(name) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new MiftyException(ErrorCode.DATABASE, "cannot drop the scratch database " + name + " (" + e.getMessage()
                    + "): drop it by hand with DROP DATABASE " + name, e);
        }
    }

    private static BaseDataSource driverDataSource(DataSource server, String label) {
        if (server instanceof BaseDataSource base) {
            return base;
        }
        try {
            if (server.isWrapperFor(BaseDataSource.class)) {
                return server.unwrap(BaseDataSource.class);
            }
        } catch (SQLException ignored) {
            // not a wrapper: refused below
        }
        throw new MiftyException(ErrorCode.USAGE, "migration:squash replays the migrations on a scratch database it "
                + "creates beside " + label + ", and cannot derive a connection to it from a " + server.getClass().getName()
                + ": run it from the CLI with DATABASE_URL (or the embedded PostgreSQL)");
    }
}
