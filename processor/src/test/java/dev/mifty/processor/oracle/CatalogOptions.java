package dev.mifty.processor.oracle;

import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What Jakarta Persistence 3.2's {@code options} (raw SQL appended to the DDL) did to a database, read from
 * the catalog, since the schema model read back does not hold options: storage parameters of tables and
 * indexes ({@code with (fillfactor = 70)}), explicit column collations ({@code collate "C"}), sequence caches
 * ({@code cache 5}). One fact a line, each starting with a newline; empty for a schema without any.
 */
final class CatalogOptions {

    private CatalogOptions() {
    }

    static String facts(String jdbcUrl) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabases.connect(jdbcUrl); Statement s = c.createStatement()) {
            read(s, "select case c.relkind when 'i' then 'index ' else 'table ' end || c.relname || ' with '"
                    + " || array_to_string(c.reloptions, ', ') from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.reloptions is not null", out);
            read(s, "select 'column ' || table_name || '.' || column_name || ' collate ' || collation_name"
                    + " from information_schema.columns where table_schema = 'public' and collation_name is not null", out);
            read(s, "select 'sequence ' || sequencename || ' cache ' || cache_size from pg_sequences"
                    + " where schemaname = 'public' and cache_size <> 1", out);
        }
        return out.stream().sorted().map(l -> "\noptions " + l).reduce("", String::concat);
    }

    private static void read(Statement s, String sql, List<String> out) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
    }
}
