package dev.mifty.schema.introspect;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a live PostgreSQL schema into the model through catalog queries (plain {@code java.sql};
 * the driver is the caller's). The history table {@code mifty_schema_history} is ignored.
 *
 * <p>Objects of the introspected schema get a {@code null} {@link QualifiedName#schema()}, so the
 * result compares equal to a model built without explicit schemas; a foreign key to another schema
 * names it. Expressions (defaults, checks, index expressions) are as PostgreSQL prints them back,
 * which is not always how they were written ({@code status in ('A')} comes back as
 * {@code ((status)::text = ANY ((ARRAY['A'::character varying])::text[]))}). Sequences owned by
 * an identity column are left out (they belong to the column). Not modelled, so not read: index
 * methods and {@code INCLUDE} columns, partial-index predicates, {@code NULLS FIRST/LAST}, foreign
 * keys' {@code ON UPDATE}/{@code DEFERRABLE}, collations, generated columns' expressions, partitions.
 */
public final class Introspector {

    /** The table Mifty keeps its history in; never part of the introspected model. */
    public static final String HISTORY_TABLE = "mifty_schema_history";

    /** Tables and sequences of {@code schemaName} (e.g. {@code public}). */
    public Schema read(Connection connection, String schemaName) throws SQLException {
        Map<Long, Parts> tables = tables(connection, schemaName);
        columns(connection, schemaName, tables);
        constraints(connection, schemaName, tables);
        indexes(connection, schemaName, tables);
        List<Table> built = tables.values().stream().map(Parts::build).toList();
        return new Schema(built, sequences(connection, schemaName));
    }

    /** What is collected of one table before it becomes a {@link Table}. */
    private static final class Parts {
        final QualifiedName name;
        final List<Column> columns = new ArrayList<>();
        final Map<Integer, String> columnByNumber = new HashMap<>();
        PrimaryKey primaryKey;
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        Parts(String name) {
            this.name = QualifiedName.of(name);
        }

        Table build() {
            return new Table(name, columns, primaryKey, foreignKeys, uniques, indexes, checks, null);
        }
    }

    private static Map<Long, Parts> tables(Connection connection, String schemaName) throws SQLException {
        Map<Long, Parts> tables = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.TABLES)) {
            ps.setString(1, schemaName);
            ps.setString(2, HISTORY_TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.put(rs.getLong("oid"), new Parts(rs.getString("relname")));
                }
            }
        }
        return tables;
    }

    private static void columns(Connection connection, String schemaName, Map<Long, Parts> tables) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.COLUMNS)) {
            ps.setString(1, schemaName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Parts t = tables.get(rs.getLong("attrelid"));
                    if (t == null) {
                        continue;
                    }
                    String name = rs.getString("attname");
                    boolean generated = !rs.getString("attgenerated").isEmpty();
                    t.columnByNumber.put(rs.getInt("attnum"), name);
                    t.columns.add(new Column(name,
                            TypeDecoder.decode(rs.getString("typname"), rs.getInt("atttypmod"), rs.getString("formatted")),
                            !rs.getBoolean("attnotnull"),
                            generated ? null : rs.getString("dflt"),
                            identity(rs.getString("attidentity")), null));
                }
            }
        }
    }

    private static Identity identity(String code) {
        return switch (code) {
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> Identity.NONE;
        };
    }

    private static void constraints(Connection connection, String schemaName, Map<Long, Parts> tables) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.CONSTRAINTS)) {
            ps.setString(1, schemaName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Parts t = tables.get(rs.getLong("conrelid"));
                    if (t == null) {
                        continue;
                    }
                    String name = rs.getString("conname");
                    List<String> columns = strings(rs.getArray("cols"));
                    switch (rs.getString("contype")) {
                        case "p" -> t.primaryKey = new PrimaryKey(name, columns);
                        case "u" -> t.uniques.add(new UniqueConstraint(name, columns));
                        case "c" -> t.checks.add(new CheckConstraint(name, rs.getString("expr")));
                        case "f" -> {
                            String refSchema = rs.getString("ref_schema");
                            QualifiedName target = new QualifiedName(
                                    schemaName.equals(refSchema) ? null : refSchema, rs.getString("ref_table"));
                            t.foreignKeys.add(new ForeignKey(name, columns, target, strings(rs.getArray("ref_cols")),
                                    action(rs.getString("confdeltype"))));
                        }
                        default -> throw new IllegalStateException("unexpected constraint type");
                    }
                }
            }
        }
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static void indexes(Connection connection, String schemaName, Map<Long, Parts> tables) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.INDEXES)) {
            ps.setString(1, schemaName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Parts t = tables.get(rs.getLong("indrelid"));
                    if (t == null) {
                        continue;
                    }
                    int keys = rs.getInt("indnkeyatts");
                    String[] numbers = rs.getString("indkey").trim().split(" ");
                    String[] options = rs.getString("indoption").trim().split(" ");
                    List<String> expressions = strings(rs.getArray("exprs"));
                    List<String> columns = new ArrayList<>();
                    for (int k = 0; k < keys; k++) {
                        int number = Integer.parseInt(numbers[k]);
                        String column = number == 0 ? expressions.get(k) : t.columnByNumber.get(number);
                        boolean desc = (Integer.parseInt(options[k]) & 1) != 0;
                        columns.add(desc ? column + " desc" : column);
                    }
                    t.indexes.add(new Index(rs.getString("relname"), columns, rs.getBoolean("indisunique")));
                }
            }
        }
    }

    private static List<Sequence> sequences(Connection connection, String schemaName) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(CatalogQueries.SEQUENCES)) {
            ps.setString(1, schemaName);
            ps.setString(2, HISTORY_TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sequences.add(new Sequence(QualifiedName.of(rs.getString("relname")),
                            rs.getLong("seqstart"), rs.getLong("seqincrement")));
                }
            }
        }
        return sequences;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
