package dev.mifty.schema.snapshot;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Model -> ordered JSON tree. Absent values (no default, no identity, no schema, no constraints) are left out. */
final class SnapshotWriter {

    private SnapshotWriter() {
    }

    static Map<String, Object> tree(Schema schema) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", SnapshotCodec.FORMAT_VERSION);
        putIfPresent(root, "hibernate", schema.hibernate());
        root.put("tables", schema.tables().stream().map(SnapshotWriter::table).toList());
        root.put("sequences", schema.sequences().stream().map(SnapshotWriter::sequence).toList());
        putList(root, "enumTypes", schema.enumTypes(), SnapshotWriter::enumType);
        putList(root, "compositeTypes", schema.compositeTypes(), SnapshotWriter::compositeType);
        return root;
    }

    private static Map<String, Object> enumType(EnumType type) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfPresent(m, "schema", type.name().schema());
        m.put("name", type.name().name());
        m.put("labels", type.labels());
        return m;
    }

    private static Map<String, Object> compositeType(CompositeType type) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfPresent(m, "schema", type.name().schema());
        m.put("name", type.name().name());
        m.put("attributes", type.attributes().stream().map(a -> {
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("name", a.name());
            attribute.put("type", type(a.type()));
            return attribute;
        }).toList());
        return m;
    }

    private static Map<String, Object> table(Table table) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfPresent(m, "schema", table.name().schema());
        m.put("name", table.name().name());
        putIfPresent(m, "comment", table.comment());
        putIfPresent(m, "options", table.options());
        m.put("columns", table.columns().stream().map(SnapshotWriter::column).toList());
        if (table.primaryKey() != null) {
            m.put("primaryKey", primaryKey(table.primaryKey()));
        }
        putList(m, "foreignKeys", table.foreignKeys(), SnapshotWriter::foreignKey);
        putList(m, "uniqueConstraints", table.uniqueConstraints(), SnapshotWriter::unique);
        putList(m, "checks", table.checks(), SnapshotWriter::check);
        putList(m, "indexes", table.indexes(), SnapshotWriter::index);
        return m;
    }

    private static Map<String, Object> column(Column column) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", column.name());
        m.put("type", type(column.type()));
        m.put("nullable", column.nullable());
        putIfPresent(m, "default", column.defaultValue());
        if (column.identity() != Identity.NONE) {
            m.put("identity", Words.identity(column.identity()));
        }
        putIfPresent(m, "comment", column.comment());
        putIfPresent(m, "options", column.options());
        return m;
    }

    /** The compact text when it parses back exactly, else an object of the fields. */
    private static Object type(SqlType type) {
        if (type.isUser()) {
            Map<String, Object> m = new LinkedHashMap<>();
            putIfPresent(m, "schema", type.userType().schema());
            m.put("userType", type.userType().name());
            return m;
        }
        return TypeText.format(type).<Object>map(t -> t).orElseGet(() -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", type.name());
            putIfPresent(m, "length", type.length());
            putIfPresent(m, "precision", type.precision());
            putIfPresent(m, "scale", type.scale());
            return m;
        });
    }

    private static Map<String, Object> primaryKey(PrimaryKey pk) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", pk.name());
        m.put("columns", pk.columns());
        return m;
    }

    private static Map<String, Object> foreignKey(ForeignKey fk) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", fk.name());
        m.put("columns", fk.columns());
        putIfPresent(m, "referencedSchema", fk.referencedTable().schema());
        m.put("referencedTable", fk.referencedTable().name());
        m.put("referencedColumns", fk.referencedColumns());
        m.put("onDelete", Words.action(fk.onDelete()));
        return m;
    }

    private static Map<String, Object> unique(UniqueConstraint unique) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", unique.name());
        m.put("columns", unique.columns());
        return m;
    }

    private static Map<String, Object> check(CheckConstraint check) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", check.name());
        m.put("expression", check.expression());
        return m;
    }

    private static Map<String, Object> index(Index index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", index.name());
        m.put("columns", index.columns());
        m.put("unique", index.unique());
        putIfPresent(m, "options", index.options());
        return m;
    }

    private static Map<String, Object> sequence(Sequence sequence) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfPresent(m, "schema", sequence.name().schema());
        m.put("name", sequence.name().name());
        m.put("start", sequence.start());
        m.put("increment", sequence.increment());
        putIfPresent(m, "options", sequence.options());
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static <T> void putList(Map<String, Object> m, String key, List<T> items, Function<T, Object> f) {
        if (!items.isEmpty()) {
            m.put(key, items.stream().map(f).toList());
        }
    }
}
