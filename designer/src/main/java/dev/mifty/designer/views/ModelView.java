package dev.mifty.designer.views;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The compiled model as the diagram reads it: tables with typed columns, keys, relations, join tables. */
public final class ModelView {

    private ModelView() {
    }

    public record ColumnView(String name, String type, boolean nullable, boolean primaryKey, boolean foreignKey,
                             boolean unique, String defaultValue) {
    }

    public record RelationView(String name, List<String> columns, String references, List<String> referencedColumns,
                               boolean nullable, boolean unique) {
    }

    public record TableView(String name, String origin, boolean joinTable, List<ColumnView> columns,
                            List<String> primaryKey, List<RelationView> foreignKeys, List<List<String>> uniques,
                            List<String> indexes) {
    }

    public record SchemaView(List<TableView> tables, List<String> sequences) {
    }

    public static SchemaView of(Schema schema) {
        List<TableView> tables = schema.tables().stream().map(ModelView::table).toList();
        List<String> sequences = schema.sequences().stream().map(Sequence::name).map(Object::toString).toList();
        return new SchemaView(tables, sequences);
    }

    private static TableView table(Table table) {
        List<String> pk = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        Set<String> fkColumns = new HashSet<>();
        table.foreignKeys().forEach(fk -> fkColumns.addAll(fk.columns()));
        Set<String> uniqueColumns = new HashSet<>();
        for (UniqueConstraint u : table.uniqueConstraints()) {
            if (u.columns().size() == 1) {
                uniqueColumns.add(u.columns().get(0));
            }
        }
        for (Index i : table.indexes()) {
            if (i.unique() && i.columns().size() == 1) {
                uniqueColumns.add(i.columns().get(0));
            }
        }
        List<ColumnView> columns = table.columns().stream().map(c -> new ColumnView(c.name(), typeText(c.type()),
                c.nullable(), pk.contains(c.name()), fkColumns.contains(c.name()), uniqueColumns.contains(c.name()),
                c.defaultValue())).toList();
        List<RelationView> relations = table.foreignKeys().stream().map(fk -> relation(table, fk, uniqueColumns, pk)).toList();
        boolean joinTable = table.foreignKeys().size() >= 2 && fkColumns.containsAll(
                table.columns().stream().map(Column::name).filter(n -> !n.endsWith("_order") && !n.equals("order_index")).toList());
        return new TableView(table.name().toString(), table.origin(), joinTable, columns, pk, relations,
                table.uniqueConstraints().stream().map(UniqueConstraint::columns).toList(),
                table.indexes().stream().map(i -> (i.unique() ? "unique " : "") + i.name() + " " + i.columns()).toList());
    }

    private static RelationView relation(Table table, ForeignKey fk, Set<String> uniqueColumns, List<String> pk) {
        boolean nullable = fk.columns().stream().anyMatch(c -> table.column(c).map(Column::nullable).orElse(true));
        boolean unique = (fk.columns().size() == 1 && uniqueColumns.contains(fk.columns().get(0)))
                || (!pk.isEmpty() && pk.equals(fk.columns()));
        return new RelationView(fk.name(), fk.columns(), fk.referencedTable().toString(), fk.referencedColumns(),
                nullable, unique);
    }

    /** {@code varchar(120)}, {@code numeric(10,2)}, {@code timestamptz(6)}, {@code int8}; arrays as {@code int4[]}. */
    public static String typeText(SqlType type) {
        String name = type.name().startsWith("_") && !type.isRaw() ? type.name().substring(1) : type.name();
        String suffix = type.name().startsWith("_") && !type.isRaw() ? "[]" : "";
        if (type.length() != null) {
            return name + "(" + type.length() + ")" + suffix;
        }
        if (type.precision() != null && type.scale() != null) {
            return name + "(" + type.precision() + "," + type.scale() + ")" + suffix;
        }
        if (type.precision() != null) {
            return name + "(" + type.precision() + ")" + suffix;
        }
        return name + suffix;
    }
}
