package dev.mifty.designer.support;

import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A fresh database of the shared test PostgreSQL, as the {@code DATABASE_URL} a user sets (with a password). */
public final class Databases {

    /** The password in every test URL: it must never reach the page. */
    public static final String PASSWORD = "s3cret-designer-pw";

    public final String jdbcUrl;

    private Databases(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public static Databases fresh() {
        return new Databases(TestDatabases.newDatabase());
    }

    /** {@code postgres://postgres:<password>@localhost:<port>/<db>} (the embedded server trusts local connections). */
    public String databaseUrl() {
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        int q = rest.indexOf('?');
        return "postgres://postgres:" + PASSWORD + "@" + (q < 0 ? rest : rest.substring(0, q));
    }

    public List<String> columns(String table) throws SQLException {
        try (Connection c = TestDatabases.connect(jdbcUrl);
             var s = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                     + "AND table_name = ? ORDER BY ordinal_position")) {
            s.setString(1, table);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    public Connection connect() throws SQLException {
        return TestDatabases.connect(jdbcUrl);
    }
}
