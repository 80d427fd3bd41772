package dev.mifty.schema.introspect;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a live PostgreSQL schema into the model through catalog queries (plain {@code java.sql};
 * the driver is the caller's). The history table {@code mifty_schema_history} is ignored.
 *
 * <p>Several schemas are read at once ({@link #read(Connection, String, Collection)}): objects of
 * the default schema get a {@code null} {@link QualifiedName#schema()}, so the result compares
 * equal to a model built without explicit schemas; objects of the other schemas, foreign keys to
 * them and columns of their types name them. Enum types (labels in order) and standalone composite
 * types are read; a column of such a type is a {@link SqlType#user} type. Table and column
 * comments are read with {@code obj_description}/{@code col_description}; {@code options} (raw
 * SQL) cannot be read back and stay null. Expressions (defaults, checks, index expressions) are as PostgreSQL prints them back,
 * which is not always how they were written ({@code status in ('A')} comes back as
 * {@code ((status)::text = ANY ((ARRAY['A'::character varying])::text[]))}). Sequences owned by
 * an identity column are left out (they belong to the column). Not modelled, so not read: index
 * methods and {@code INCLUDE} columns, partial-index predicates, {@code NULLS FIRST/LAST}, foreign
 * keys' {@code ON UPDATE}/{@code DEFERRABLE}, collations, generated columns' expressions, partitions.
 */
public final class Introspector {

    /** The table Mifty keeps its history in; never part of the introspected model. */
    public static final String HISTORY_TABLE = "mifty_schema_history";

    /** Tables, sequences and types of {@code schemaName} (e.g. {@code public}), all with a null schema. */
    public Schema read(Connection connection, String schemaName) throws SQLException {
        return read(connection, schemaName, List.of(schemaName));
    }

    /**
     * Tables, sequences and types of every schema in {@code schemas}. Objects of
     * {@code defaultSchema} (normally the connection's {@code current_schema()}, and one of
     * {@code schemas}) get a null schema; may be null, then every object names its schema. A schema
     * that does not exist reads as empty.
     */
    public Schema read(Connection connection, String defaultSchema, Collection<String> schemas) throws SQLException {
        Read read = new Read(connection, defaultSchema, schemas);
        Map<Long, Parts> tables = read.tables();
        read.columns(tables);
        read.constraints(tables);
        read.indexes(tables);
        List<Table> built = tables.values().stream().map(Parts::build).toList();
        List<EnumType> enums = new ArrayList<>();
        List<CompositeType> composites = new ArrayList<>();
        read.types(enums, composites);
        return new Schema(built, read.sequences(), enums, composites, null);
    }

    /** Every schema in {@code schemas}, objects of the connection's {@code current_schema()} with a null schema. */
    public Schema read(Connection connection, Collection<String> schemas) throws SQLException {
        return read(connection, currentSchema(connection), schemas);
    }

    /** The connection's {@code current_schema()}: where unqualified names go. */
    public static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT current_schema()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** What is collected of one table before it becomes a {@link Table}. */
    private static final class Parts {
        final QualifiedName name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        final Map<Integer, String> columnByNumber = new HashMap<>();
        PrimaryKey primaryKey;
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        Parts(QualifiedName name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        Table build() {
            return new Table(name, columns, primaryKey, foreignKeys, uniques, indexes, checks, null, comment, null);
        }
    }

    /** One read: the connection, the schemas and how their names map to the model. */
    private static final class Read {
        private final Connection connection;
        private final String defaultSchema;
        private final String[] schemas;

        Read(Connection connection, String defaultSchema, Collection<String> schemas) {
            this.connection = connection;
            this.defaultSchema = defaultSchema;
            this.schemas = schemas.toArray(String[]::new);
        }

        private String schema(String nspname) {
            return nspname.equals(defaultSchema) ? null : nspname;
        }

        private PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement ps = connection.prepareStatement(sql);
            ps.setArray(1, connection.createArrayOf("text", schemas));
            return ps;
        }

        private SqlType type(ResultSet rs) throws SQLException {
            String typtype = rs.getString("typtype");
            String typname = rs.getString("typname");
            if ("e".equals(typtype) || "c".equals(typtype)) {
                return SqlType.user(new QualifiedName(schema(rs.getString("typschema")), typname));
            }
            return TypeDecoder.decode(typname, rs.getInt("atttypmod"), rs.getString("formatted"));
        }

        Map<Long, Parts> tables() throws SQLException {
            Map<Long, Parts> tables = new LinkedHashMap<>();
            try (PreparedStatement ps = prepare(CatalogQueries.TABLES)) {
                ps.setString(2, HISTORY_TABLE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tables.put(rs.getLong("oid"), new Parts(
                                new QualifiedName(schema(rs.getString("nspname")), rs.getString("relname")),
                                rs.getString("comment")));
                    }
                }
            }
            return tables;
        }

        void columns(Map<Long, Parts> tables) throws SQLException {
            try (PreparedStatement ps = prepare(CatalogQueries.COLUMNS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Parts t = tables.get(rs.getLong("attrelid"));
                    if (t == null) {
                        continue;
                    }
                    String name = rs.getString("attname");
                    boolean generated = !rs.getString("attgenerated").isEmpty();
                    t.columnByNumber.put(rs.getInt("attnum"), name);
                    t.columns.add(new Column(name, type(rs), !rs.getBoolean("attnotnull"),
                            generated ? null : rs.getString("dflt"),
                            identity(rs.getString("attidentity")), null, rs.getString("comment"), null));
                }
            }
        }

        void constraints(Map<Long, Parts> tables) throws SQLException {
            try (PreparedStatement ps = prepare(CatalogQueries.CONSTRAINTS); ResultSet rs = ps.executeQuery()) {
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
                            QualifiedName target = new QualifiedName(schema(rs.getString("ref_schema")),
                                    rs.getString("ref_table"));
                            t.foreignKeys.add(new ForeignKey(name, columns, target, strings(rs.getArray("ref_cols")),
                                    action(rs.getString("confdeltype"))));
                        }
                        default -> throw new IllegalStateException("unexpected constraint type");
                    }
                }
            }
        }

        void indexes(Map<Long, Parts> tables) throws SQLException {
            try (PreparedStatement ps = prepare(CatalogQueries.INDEXES); ResultSet rs = ps.executeQuery()) {
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

        List<Sequence> sequences() throws SQLException {
            List<Sequence> sequences = new ArrayList<>();
            try (PreparedStatement ps = prepare(CatalogQueries.SEQUENCES)) {
                ps.setString(2, HISTORY_TABLE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sequences.add(new Sequence(new QualifiedName(schema(rs.getString("nspname")), rs.getString("relname")),
                                rs.getLong("seqstart"), rs.getLong("seqincrement")));
                    }
                }
            }
            return sequences;
        }

        void types(List<EnumType> enums, List<CompositeType> composites) throws SQLException {
            Map<Long, QualifiedName> compositeNames = new LinkedHashMap<>();
            try (PreparedStatement ps = prepare(CatalogQueries.TYPES); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    QualifiedName name = new QualifiedName(schema(rs.getString("nspname")), rs.getString("typname"));
                    if ("e".equals(rs.getString("typtype"))) {
                        enums.add(new EnumType(name, strings(rs.getArray("labels"))));
                    } else {
                        compositeNames.put(rs.getLong("typrelid"), name);
                    }
                }
            }
            if (compositeNames.isEmpty()) {
                return;
            }
            Map<Long, List<CompositeType.Attribute>> attributes = new HashMap<>();
            try (PreparedStatement ps = prepare(CatalogQueries.ATTRIBUTES); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    attributes.computeIfAbsent(rs.getLong("attrelid"), k -> new ArrayList<>())
                            .add(new CompositeType.Attribute(rs.getString("attname"), type(rs)));
                }
            }
            compositeNames.forEach((relid, name) ->
                    composites.add(new CompositeType(name, attributes.getOrDefault(relid, List.of()))));
        }
    }

    private static Identity identity(String code) {
        return switch (code) {
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> Identity.NONE;
        };
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
