package dev.mifty.runtime.internal.command;

import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a schema-only squash cannot carry, found in the scratch database after the replaced
 * migrations ran there: rows in tables (data steps), and objects outside the schema model
 * (views, functions and procedures, triggers, extensions). One line each, for the warnings and
 * the squash's class comment.
 */
final class ScratchLeftovers {

    private ScratchLeftovers() {
    }

    static List<String> find(Connection connection, Schema live, String schemaOfUnqualified) throws SQLException {
        List<String> found = new ArrayList<>();
        for (Table table : live.tables()) {
            String schema = table.name().schema() != null ? table.name().schema() : schemaOfUnqualified;
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM " + PostgresDialect.quote(schema) + "."
                         + PostgresDialect.quote(table.name().name()))) {
                rs.next();
                long rows = rs.getLong(1);
                if (rows > 0) {
                    found.add("table " + table.name().name() + " holds " + rows + " row(s) (data steps)");
                }
            }
        }
        found.addAll(names(connection, "view", "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND " + userSchema("n")
                + " AND NOT " + extensionMember("c.oid", "pg_class") + " ORDER BY 1"));
        found.addAll(names(connection, "function", "SELECT n.nspname || '.' || p.proname FROM pg_proc p JOIN pg_namespace n"
                + " ON n.oid = p.pronamespace WHERE " + userSchema("n") + " AND NOT " + extensionMember("p.oid", "pg_proc")
                + " ORDER BY 1"));
        found.addAll(names(connection, "trigger", "SELECT t.tgname || ' on ' || c.relname FROM pg_trigger t JOIN pg_class c"
                + " ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND "
                + userSchema("n") + " ORDER BY 1"));
        found.addAll(names(connection, "extension", "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1"));
        return found;
    }

    private static String userSchema(String alias) {
        return alias + ".nspname NOT LIKE 'pg\\_%' AND " + alias + ".nspname <> 'information_schema'";
    }

    private static String extensionMember(String oid, String catalog) {
        return "EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '" + catalog + "'::regclass AND d.objid = " + oid
                + " AND d.deptype = 'e')";
    }

    private static List<String> names(Connection connection, String kind, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(kind + " " + rs.getString(1) + " (not in the schema model)");
            }
        }
        return out;
    }
}
