package dev.mifty.schema.diff;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Applies changes to a model, purely, and refuses (with {@link IllegalStateException}) every change
 * PostgreSQL would refuse where it stands: dropping a table or key something still references,
 * creating a foreign key to a missing table or to columns without a unique key, changing the type
 * of a column a foreign key involves, a name already taken, a change whose "from" does not match.
 * So "the differ's list applies cleanly" also checks that its order is valid.
 */
public final class ModelApplier {

    private final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
    private final Map<QualifiedName, EnumType> enums = new LinkedHashMap<>();
    private final Map<QualifiedName, CompositeType> composites = new LinkedHashMap<>();
    private final Set<String> namespaces = new HashSet<>();

    private ModelApplier(Schema schema) {
        schema.tables().forEach(t -> tables.put(t.name(), t));
        schema.sequences().forEach(s -> sequences.put(s.name(), s));
        schema.enumTypes().forEach(e -> enums.put(e.name(), e));
        schema.compositeTypes().forEach(c -> composites.put(c.name(), c));
        namespaces.addAll(schema.namespaces());
    }

    public static Schema apply(Schema schema, List<? extends Change> changes) {
        ModelApplier applier = new ModelApplier(schema);
        for (int i = 0; i < changes.size(); i++) {
            try {
                applier.apply(changes.get(i));
            } catch (IllegalStateException e) {
                throw new IllegalStateException("change #" + i + " " + changes.get(i) + ": " + e.getMessage(), e);
            }
        }
        Schema result = new Schema(new ArrayList<>(applier.tables.values()), new ArrayList<>(applier.sequences.values()),
                new ArrayList<>(applier.enums.values()), new ArrayList<>(applier.composites.values()), null);
        check(applier.namespaces.equals(result.namespaces()), "schemas " + applier.namespaces
                + " left behind or missing; the objects use " + result.namespaces());
        return result;
    }

    public static Schema apply(Schema schema, Change change) {
        return apply(schema, List.of(change));
    }

    /** The inverses of the changes, in reverse order: what {@code down} runs. */
    public static List<Change> inverses(List<Change> changes) {
        List<Change> inverses = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            inverses.add(changes.get(i).inverse());
        }
        return inverses;
    }

    private void apply(Change change) {
        if (applySchemaLevel(change)) {
            return;
        }
        if (change instanceof Change.CreateTable c) {
            createTable(c.table());
        } else if (change instanceof Change.DropTable c) {
            Table t = table(c.table().name());
            check(t.equals(c.table()), "table differs from the one to drop: " + t);
            check(referencing(t.name()).isEmpty(), "still referenced by " + referencing(t.name()));
            tables.remove(t.name());
        } else if (change instanceof Change.RenameTable c) {
            Table t = table(c.from());
            check(!tables.containsKey(c.to()), "target exists");
            checkNamespace(c.to());
            tables.remove(c.from());
            tables.put(c.to(), copy(t, c.to(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(),
                    t.indexes(), t.checks()));
            for (Table other : List.copyOf(tables.values())) {
                updateForeignKeys(other, fk -> fk.referencedTable().equals(c.from())
                        ? new ForeignKey(fk.name(), fk.columns(), c.to(), fk.referencedColumns(), fk.onDelete()) : fk);
            }
        } else if (change instanceof Change.AddColumn c) {
            Table t = table(c.table());
            check(t.column(c.column().name()).isEmpty(), "column exists");
            checkType(c.column().type());
            List<Column> columns = new ArrayList<>(t.columns());
            columns.add(c.column());
            replace(t, columns);
        } else if (change instanceof Change.DropColumn c) {
            dropColumn(c);
        } else if (change instanceof Change.RenameColumn c) {
            renameColumn(c);
        } else if (change instanceof Change.AlterColumnType c) {
            Column col = column(c.table(), c.column());
            check(col.type().equals(c.from()), "type is " + col.type());
            check(!inForeignKey(c.table(), c.column()), "a foreign key involves the column");
            checkType(c.to());
            alterColumn(c.table(), col.withType(c.to()));
        } else if (change instanceof Change.SetNotNull c) {
            Column col = column(c.table(), c.column());
            check(col.nullable(), "already NOT NULL");
            alterColumn(c.table(), col.withNullable(false));
        } else if (change instanceof Change.DropNotNull c) {
            Column col = column(c.table(), c.column());
            check(!col.nullable(), "already nullable");
            check(col.identity() == Identity.NONE, "identity column");
            PrimaryKey pk = table(c.table()).primaryKey();
            check(pk == null || !pk.columns().contains(c.column()), "column is in the primary key");
            alterColumn(c.table(), col.withNullable(true));
        } else if (change instanceof Change.AlterDefault c) {
            Column col = column(c.table(), c.column());
            check(Objects.equals(col.defaultValue(), c.from()), "default is " + col.defaultValue());
            check(c.to() == null || col.identity() == Identity.NONE, "identity column cannot have a default");
            alterColumn(c.table(), col.withDefault(c.to()));
        } else if (change instanceof Change.AlterIdentity c) {
            Column col = column(c.table(), c.column());
            check(col.identity() == c.from(), "identity is " + col.identity());
            if (c.from() == Identity.NONE) {
                check(!col.nullable() && col.defaultValue() == null, "identity needs NOT NULL and no default");
            }
            alterColumn(c.table(), col.withIdentity(c.to()));
        } else {
            applyConstraint(change);
        }
    }

    private void applyConstraint(Change change) {
        if (change instanceof Change.AddPrimaryKey c) {
            Table t = table(c.table());
            check(t.primaryKey() == null, "table has a primary key");
            checkColumns(t, c.primaryKey().columns());
            c.primaryKey().columns().forEach(n -> check(!t.column(n).orElseThrow().nullable(), n + " is nullable"));
            checkRelationNameFree(t.name(), c.primaryKey().name());
            checkConstraintNameFree(t, c.primaryKey().name());
            tables.put(t.name(), copy(t, t.name(), t.columns(), c.primaryKey(), t.foreignKeys(),
                    t.uniqueConstraints(), t.indexes(), t.checks()));
        } else if (change instanceof Change.DropPrimaryKey c) {
            Table t = table(c.table());
            check(c.primaryKey().equals(t.primaryKey()), "primary key is " + t.primaryKey());
            checkKeyUnused(t.name(), c.primaryKey().columns());
            tables.put(t.name(), copy(t, t.name(), t.columns(), null, t.foreignKeys(), t.uniqueConstraints(),
                    t.indexes(), t.checks()));
        } else if (change instanceof Change.AddForeignKey c) {
            addForeignKey(c.table(), c.foreignKey());
        } else if (change instanceof Change.DropForeignKey c) {
            Table t = table(c.table());
            check(t.foreignKeys().contains(c.foreignKey()), "no such foreign key " + c.foreignKey());
            updateForeignKeys(t, fk -> fk.equals(c.foreignKey()) ? null : fk);
        } else if (change instanceof Change.AddUnique c) {
            Table t = table(c.table());
            checkColumns(t, c.unique().columns());
            checkRelationNameFree(t.name(), c.unique().name());
            checkConstraintNameFree(t, c.unique().name());
            tables.put(t.name(), copy(t, t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                    plus(t.uniqueConstraints(), c.unique()), t.indexes(), t.checks()));
        } else if (change instanceof Change.DropUnique c) {
            Table t = table(c.table());
            check(t.uniqueConstraints().contains(c.unique()), "no such unique " + c.unique());
            checkKeyUnused(t.name(), c.unique().columns());
            tables.put(t.name(), copy(t, t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                    minus(t.uniqueConstraints(), c.unique()), t.indexes(), t.checks()));
        } else if (change instanceof Change.AddCheck c) {
            Table t = table(c.table());
            checkConstraintNameFree(t, c.check().name());
            tables.put(t.name(), copy(t, t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                    t.uniqueConstraints(), t.indexes(), plus(t.checks(), c.check())));
        } else if (change instanceof Change.DropCheck c) {
            Table t = table(c.table());
            check(t.checks().contains(c.check()), "no such check " + c.check());
            tables.put(t.name(), copy(t, t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                    t.uniqueConstraints(), t.indexes(), minus(t.checks(), c.check())));
        } else if (change instanceof Change.CreateIndex c) {
            Table t = table(c.table());
            checkColumns(t, c.index().columns().stream().map(IndexColumns::column).toList());
            checkRelationNameFree(t.name(), c.index().name());
            tables.put(t.name(), copy(t, t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                    t.uniqueConstraints(), plus(t.indexes(), c.index()), t.checks()));
        } else if (change instanceof Change.DropIndex c) {
            Table t = table(c.table());
            check(t.indexes().contains(c.index()), "no such index " + c.index());
            if (c.index().unique()) {
                checkKeyUnused(t.name(), c.index().columns());
            }
            tables.put(t.name(), copy(t, t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                    t.uniqueConstraints(), minus(t.indexes(), c.index()), t.checks()));
        } else if (change instanceof Change.CreateSequence c) {
            check(!sequences.containsKey(c.sequence().name()), "sequence exists");
            checkNamespace(c.sequence().name());
            sequences.put(c.sequence().name(), c.sequence());
        } else if (change instanceof Change.DropSequence c) {
            check(c.sequence().equals(sequences.get(c.sequence().name())), "sequence differs");
            sequences.remove(c.sequence().name());
        } else if (change instanceof Change.AlterSequence c) {
            check(c.from().equals(sequences.get(c.from().name())), "sequence differs");
            sequences.remove(c.from().name());
            sequences.put(c.to().name(), c.to());
        } else {
            throw new IllegalStateException("unknown change");
        }
    }

    private void createTable(Table t) {
        check(!tables.containsKey(t.name()), "table exists");
        checkNamespace(t.name());
        t.columns().forEach(c -> checkType(c.type()));
        Set<String> names = new HashSet<>();
        t.columns().forEach(c -> check(names.add(c.name()), "duplicate column " + c.name()));
        tables.put(t.name(), t);
        List<String> relations = new ArrayList<>();
        if (t.primaryKey() != null) {
            relations.add(t.primaryKey().name());
        }
        t.uniqueConstraints().forEach(u -> relations.add(u.name()));
        t.indexes().forEach(i -> relations.add(i.name()));
        for (String relation : relations) {
            check(relationOwners(t.name().schema(), relation) == 1, "relation name taken: " + relation);
        }
        for (ForeignKey fk : t.foreignKeys()) {
            checkForeignKeyTarget(t, fk);
        }
    }

    /** Schemas, types and comments; false for other changes. */
    private boolean applySchemaLevel(Change change) {
        if (change instanceof Change.CreateSchema c) {
            check(namespaces.add(c.schema()), "schema exists: " + c.schema());
        } else if (change instanceof Change.DropSchema c) {
            check(namespaces.remove(c.schema()), "no schema " + c.schema());
            Schema now = new Schema(new ArrayList<>(tables.values()), new ArrayList<>(sequences.values()),
                    new ArrayList<>(enums.values()), new ArrayList<>(composites.values()), null);
            check(!now.namespaces().contains(c.schema()), "schema " + c.schema() + " still holds objects");
        } else if (change instanceof Change.SetTableComment c) {
            Table t = table(c.table());
            check(Objects.equals(t.comment(), c.from()), "comment is " + t.comment());
            tables.put(t.name(), t.withComment(c.to()));
        } else if (change instanceof Change.SetColumnComment c) {
            Column col = column(c.table(), c.column());
            check(Objects.equals(col.comment(), c.from()), "comment is " + col.comment());
            alterColumn(c.table(), col.withComment(c.to()));
        } else if (change instanceof Change.CreateEnumType c) {
            checkTypeNameFree(c.type().name());
            checkNamespace(c.type().name());
            enums.put(c.type().name(), c.type());
        } else if (change instanceof Change.DropEnumType c) {
            check(c.type().equals(enums.get(c.type().name())), "enum type differs");
            checkTypeUnused(c.type().name());
            enums.remove(c.type().name());
        } else if (change instanceof Change.AlterEnumType c) {
            check(c.from().equals(enums.get(c.from().name())), "enum type differs");
            List<Change.ColumnUse> uses = new ArrayList<>();
            for (Table t : tables.values()) {
                for (Column col : t.columns()) {
                    if (c.from().name().equals(col.type().userType())) {
                        uses.add(new Change.ColumnUse(t.name(), col.name(), col.defaultValue()));
                    }
                }
            }
            check(Set.copyOf(uses).equals(Set.copyOf(c.columns())), "columns of the type are " + uses);
            check(c.addsLabelsOnly() || composites.values().stream().flatMap(x -> x.attributes().stream())
                    .noneMatch(a -> c.from().name().equals(a.type().userType())), "a composite uses the recreated enum");
            enums.put(c.to().name(), c.to());
        } else if (change instanceof Change.CreateCompositeType c) {
            checkTypeNameFree(c.type().name());
            checkNamespace(c.type().name());
            c.type().attributes().forEach(a -> checkType(a.type()));
            composites.put(c.type().name(), c.type());
        } else if (change instanceof Change.DropCompositeType c) {
            check(c.type().equals(composites.get(c.type().name())), "composite type differs");
            checkTypeUnused(c.type().name());
            composites.remove(c.type().name());
        } else if (change instanceof Change.AddAttribute c) {
            CompositeType type = composite(c.type());
            check(type.attribute(c.attribute().name()).isEmpty(), "attribute exists");
            checkType(c.attribute().type());
            composites.put(type.name(), new CompositeType(type.name(), plus(type.attributes(), c.attribute())));
        } else if (change instanceof Change.DropAttribute c) {
            CompositeType type = composite(c.type());
            check(type.attributes().contains(c.attribute()), "no such attribute " + c.attribute());
            composites.put(type.name(), new CompositeType(type.name(), minus(type.attributes(), c.attribute())));
        } else if (change instanceof Change.AlterAttributeType c) {
            CompositeType type = composite(c.type());
            CompositeType.Attribute a = type.attribute(c.attribute()).orElseThrow(() -> new IllegalStateException("no attribute"));
            check(a.type().equals(c.from()), "attribute type is " + a.type());
            checkType(c.to());
            composites.put(type.name(), new CompositeType(type.name(), type.attributes().stream()
                    .map(x -> x.name().equals(c.attribute()) ? new CompositeType.Attribute(x.name(), c.to()) : x).toList()));
        } else {
            return false;
        }
        return true;
    }

    private CompositeType composite(QualifiedName name) {
        CompositeType type = composites.get(name);
        check(type != null, "no composite type " + name);
        return type;
    }

    private void checkNamespace(QualifiedName name) {
        check(name.schema() == null || namespaces.contains(name.schema()), "no schema " + name.schema() + " for " + name);
    }

    private void checkTypeNameFree(QualifiedName name) {
        check(!enums.containsKey(name) && !composites.containsKey(name), "type exists: " + name);
    }

    private void checkType(dev.mifty.schema.model.SqlType type) {
        if (type.isUser()) {
            check(enums.containsKey(type.userType()) || composites.containsKey(type.userType()),
                    "no type " + type.userType());
        }
    }

    private void checkTypeUnused(QualifiedName type) {
        for (Table t : tables.values()) {
            for (Column c : t.columns()) {
                check(!type.equals(c.type().userType()), "column " + t.name() + "." + c.name() + " uses type " + type);
            }
        }
        for (CompositeType c : composites.values()) {
            for (CompositeType.Attribute a : c.attributes()) {
                check(!type.equals(a.type().userType()), "composite " + c.name() + " uses type " + type);
            }
        }
    }

    private void dropColumn(Change.DropColumn c) {
        Table t = table(c.table());
        Column col = column(c.table(), c.column().name());
        check(col.equals(c.column()), "column differs: " + col);
        String n = col.name();
        check(t.primaryKey() == null || !t.primaryKey().columns().contains(n), "in primary key");
        check(t.uniqueConstraints().stream().noneMatch(u -> u.columns().contains(n)), "in a unique constraint");
        check(t.indexes().stream().noneMatch(i -> IndexColumns.columnSet(i.columns()).contains(n)), "in an index");
        check(!inForeignKey(c.table(), n), "in a foreign key");
        replace(t, t.columns().stream().filter(x -> !x.name().equals(n)).toList());
    }

    private void renameColumn(Change.RenameColumn c) {
        Table t = table(c.table());
        column(c.table(), c.from());
        check(t.column(c.to()).isEmpty(), "target column exists");
        UnaryOperator<String> r = n -> n.equals(c.from()) ? c.to() : n;
        UnaryOperator<String> ri = e -> {
            String col = IndexColumns.column(e);
            return r.apply(col) + e.substring(col.length());
        };
        Table renamed = copy(t, t.name(),
                t.columns().stream().map(x -> x.name().equals(c.from()) ? x.withName(c.to()) : x).toList(),
                t.primaryKey() == null ? null
                        : new PrimaryKey(t.primaryKey().name(), t.primaryKey().columns().stream().map(r).toList()),
                t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), fk.columns().stream().map(r).toList(),
                        fk.referencedTable(), fk.referencedColumns(), fk.onDelete())).toList(),
                t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(),
                        u.columns().stream().map(r).toList())).toList(),
                t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream().map(ri).toList(),
                        i.unique())).toList(),
                t.checks());
        tables.put(t.name(), renamed);
        for (Table other : List.copyOf(tables.values())) {
            updateForeignKeys(other, fk -> fk.referencedTable().equals(t.name())
                    ? new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                    fk.referencedColumns().stream().map(r).toList(), fk.onDelete()) : fk);
        }
    }

    private void addForeignKey(QualifiedName tableName, ForeignKey fk) {
        Table t = table(tableName);
        checkConstraintNameFree(t, fk.name());
        checkForeignKeyTarget(t, fk);
        tables.put(t.name(), copy(t, t.name(), t.columns(), t.primaryKey(), plus(t.foreignKeys(), fk),
                t.uniqueConstraints(), t.indexes(), t.checks()));
    }

    private void checkForeignKeyTarget(Table t, ForeignKey fk) {
        checkColumns(t, fk.columns());
        Table target = table(fk.referencedTable());
        checkColumns(target, fk.referencedColumns());
        check(fk.columns().size() == fk.referencedColumns().size(), "column count");
        for (int i = 0; i < fk.columns().size(); i++) {
            check(t.column(fk.columns().get(i)).orElseThrow().type()
                    .equals(target.column(fk.referencedColumns().get(i)).orElseThrow().type()), "type mismatch " + fk);
        }
        check(keySets(target).contains(Set.copyOf(fk.referencedColumns())), "no unique key on referenced columns " + fk);
    }

    private static Set<Set<String>> keySets(Table t) {
        Set<Set<String>> keys = new HashSet<>();
        if (t.primaryKey() != null) {
            keys.add(Set.copyOf(t.primaryKey().columns()));
        }
        t.uniqueConstraints().forEach(u -> keys.add(Set.copyOf(u.columns())));
        t.indexes().stream().filter(Index::unique).forEach(i -> keys.add(IndexColumns.columnSet(i.columns())));
        return keys;
    }

    private void checkKeyUnused(QualifiedName table, List<String> keyColumns) {
        Set<String> key = IndexColumns.columnSet(keyColumns);
        for (Table other : tables.values()) {
            for (ForeignKey fk : other.foreignKeys()) {
                check(!(fk.referencedTable().equals(table) && Set.copyOf(fk.referencedColumns()).equals(key)),
                        "foreign key " + fk.name() + " of " + other.name() + " depends on the key");
            }
        }
    }

    private boolean inForeignKey(QualifiedName table, String column) {
        for (Table other : tables.values()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if ((other.name().equals(table) && fk.columns().contains(column))
                        || (fk.referencedTable().equals(table) && fk.referencedColumns().contains(column))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> referencing(QualifiedName table) {
        List<String> names = new ArrayList<>();
        for (Table other : tables.values()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (fk.referencedTable().equals(table)) {
                    names.add(other.name() + "." + fk.name());
                }
            }
        }
        return names;
    }

    private int relationOwners(String schema, String relation) {
        int count = 0;
        for (Table t : tables.values()) {
            if (!Objects.equals(t.name().schema(), schema)) {
                continue;
            }
            if (t.primaryKey() != null && t.primaryKey().name().equals(relation)) {
                count++;
            }
            count += (int) t.uniqueConstraints().stream().filter(u -> u.name().equals(relation)).count();
            count += (int) t.indexes().stream().filter(i -> i.name().equals(relation)).count();
        }
        return count;
    }

    private void checkRelationNameFree(QualifiedName table, String relation) {
        check(relationOwners(table.schema(), relation) == 0, "relation name taken: " + relation);
    }

    private static void checkConstraintNameFree(Table t, String name) {
        boolean taken = (t.primaryKey() != null && t.primaryKey().name().equals(name))
                || t.foreignKeys().stream().anyMatch(f -> f.name().equals(name))
                || t.uniqueConstraints().stream().anyMatch(u -> u.name().equals(name))
                || t.checks().stream().anyMatch(c -> c.name().equals(name));
        check(!taken, "constraint name taken: " + name);
    }

    private static void checkColumns(Table t, List<String> columns) {
        columns.forEach(c -> check(t.column(c).isPresent(), "no column " + c + " in " + t.name()));
    }

    private void updateForeignKeys(Table t, UnaryOperator<ForeignKey> update) {
        List<ForeignKey> fks = t.foreignKeys().stream().map(update).filter(Objects::nonNull).toList();
        tables.put(t.name(), copy(t, t.name(), t.columns(), t.primaryKey(), fks, t.uniqueConstraints(),
                t.indexes(), t.checks()));
    }

    private Table table(QualifiedName name) {
        Table t = tables.get(name);
        check(t != null, "no table " + name);
        return t;
    }

    private Column column(QualifiedName table, String column) {
        return table(table).column(column).orElseThrow(() -> new IllegalStateException("no column " + column));
    }

    private void alterColumn(QualifiedName table, Column column) {
        Table t = table(table);
        replace(t, t.columns().stream().map(c -> c.name().equals(column.name()) ? column : c).toList());
    }

    private void replace(Table t, List<Column> columns) {
        tables.put(t.name(), copy(t, t.name(), columns, t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(),
                t.indexes(), t.checks()));
    }

    private static Table copy(Table t, QualifiedName name, List<Column> columns, PrimaryKey pk, List<ForeignKey> fks,
                              List<UniqueConstraint> uniques, List<Index> indexes, List<CheckConstraint> checks) {
        return new Table(name, columns, pk, fks, uniques, indexes, checks, t.origin(), t.comment(), t.options());
    }

    private static <X> List<X> plus(List<X> list, X item) {
        List<X> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <X> List<X> minus(List<X> list, X item) {
        List<X> copy = new ArrayList<>(list);
        copy.remove(item);
        return copy;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
