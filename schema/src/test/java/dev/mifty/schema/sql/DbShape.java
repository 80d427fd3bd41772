package dev.mifty.schema.sql;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A coarse fingerprint of the user schemas ({@code public} unqualified) (columns with type, nullability, identity and
 * whether a default exists; constraints by name and kind; plain indexes; sequences), read from the
 * catalog and computed from a model, to check that rendered SQL did what the model says. The full
 * introspection is {@code dev.mifty.schema.introspect}'s job; this is deliberately small.
 */
final class DbShape {

    private DbShape() {
    }

    static Set<String> of(Schema schema) {
        Set<String> shape = new TreeSet<>();
        for (Table t : schema.tables()) {
            String table = t.name().toString();
            for (Column c : t.columns()) {
                shape.add("column " + table + "." + c.name() + " " + c.type().name()
                        + (c.nullable() ? " null" : " not null") + " identity=" + c.identity()
                        + " default=" + (c.defaultValue() != null));
            }
            if (t.primaryKey() != null) {
                shape.add("constraint " + table + "." + t.primaryKey().name() + " p " + t.primaryKey().columns());
            }
            t.uniqueConstraints().forEach(u -> shape.add("constraint " + table + "." + u.name() + " u " + u.columns()));
            t.checks().forEach(c -> shape.add("constraint " + table + "." + c.name() + " c []"));
            for (ForeignKey fk : t.foreignKeys()) {
                shape.add("constraint " + table + "." + fk.name() + " f " + fk.columns() + " -> "
                        + fk.referencedTable() + fk.referencedColumns());
            }
            t.indexes().forEach(i -> shape.add("index " + table + "." + i.name() + (i.unique() ? " unique" : "")));
        }
        for (Sequence s : schema.sequences()) {
            shape.add("sequence " + s.name() + " " + s.start() + " " + s.increment());
        }
        return shape;
    }

    static Set<String> of(Connection connection) throws SQLException {
        Set<String> shape = new TreeSet<>();
        try (Statement s = connection.createStatement()) {
            query(s, "SELECT " + named("table_schema", "table_name") + ", column_name, udt_name, is_nullable, is_identity, "
                    + "identity_generation, column_default FROM information_schema.columns WHERE "
                    + user("table_schema"), rs -> {
                String identity = "NO".equals(rs.getString(5)) ? "NONE"
                        : "ALWAYS".equals(rs.getString(6)) ? "ALWAYS" : "BY_DEFAULT";
                shape.add("column " + rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3)
                        + ("YES".equals(rs.getString(4)) ? " null" : " not null") + " identity=" + identity
                        + " default=" + (rs.getString(7) != null));
            });
            query(s, "SELECT " + named("n.nspname", "t.relname") + ", c.conname, c.contype, "
                    + "array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i) "
                    + "  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i), "
                    + named("rn.nspname", "r.relname") + ", array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i) "
                    + "  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) "
                    + "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                    + "JOIN pg_namespace n ON n.oid = t.relnamespace LEFT JOIN pg_class r ON r.oid = c.confrelid "
                    + "LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace "
                    + "WHERE " + user("n.nspname") + " AND c.contype IN ('p', 'u', 'c', 'f')", rs -> {
                String type = rs.getString(3);
                String columns = "c".equals(type) ? "[]" : list(rs.getArray(4).getArray());
                String fk = "f".equals(type) ? " -> " + rs.getString(5) + list(rs.getArray(6).getArray()) : "";
                shape.add("constraint " + rs.getString(1) + "." + rs.getString(2) + " " + type + " " + columns + fk);
            });
            query(s, "SELECT " + named("n.nspname", "t.relname") + ", i.relname, x.indisunique FROM pg_index x "
                    + "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                    + "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE " + user("n.nspname") + " "
                    + "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
                    rs -> shape.add("index " + rs.getString(1) + "." + rs.getString(2) + (rs.getBoolean(3) ? " unique" : "")));
            query(s, "SELECT " + named("n.nspname", "c.relname") + ", q.seqstart, q.seqincrement FROM pg_class c "
                    + "JOIN pg_sequence q ON q.seqrelid = c.oid "
                    + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + user("n.nspname") + " "
                    + "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i')",
                    rs -> shape.add("sequence " + rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3)));
        }
        return shape;
    }

    /** A relation's name as the model prints it: {@code name} in {@code public}, else {@code schema.name}. */
    private static String named(String schema, String relation) {
        return "CASE WHEN " + schema + " = 'public' THEN " + relation + " ELSE " + schema + " || '.' || " + relation + " END";
    }

    /** Every schema but PostgreSQL's own. */
    private static String user(String schema) {
        return schema + " NOT IN ('pg_catalog', 'information_schema') AND " + schema + " NOT LIKE 'pg\\_%'";
    }

    private static String list(Object array) {
        List<String> names = new ArrayList<>();
        for (Object o : (Object[]) array) {
            names.add(String.valueOf(o));
        }
        return names.toString();
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Statement s, String sql, Row row) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }
}
