package dev.mifty.processor.jpa;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import dev.mifty.schema.model.GeneratedNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * Collects one table's columns and constraints while its entity (or collection) is read.
 * Constraint names follow PostgreSQL's defaults ({@code <table>_pkey}, {@code <table>_<cols>_key},
 * {@code <table>_<cols>_fkey}, {@code <table>_<cols>_idx}); unnamed checks get the name PostgreSQL gives them
 * ({@link GeneratedNames#check}), since Hibernate creates them without one.
 */
final class TableBuilder {

    /** A column and where it comes from. {@code shared}: a read-only or sibling-subclass column another attribute may also map. */
    record Entry(Column column, Element element, String label, boolean shared, int size, String sortName) {
    }

    final QualifiedName name;
    final Element element;
    final String origin;
    private final Map<String, Entry> columns = new LinkedHashMap<>();
    private List<String> primaryKey = List.of();
    /** The primary key's column order when a unique constraint on exactly its columns gave one. */
    private List<String> primaryKeyOrder;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    /** Checks in the order they were added; a null name is chosen in {@link #build()} as PostgreSQL would. */
    private final List<String[]> checks = new ArrayList<>();
    private String comment;
    private String options;

    TableBuilder(QualifiedName name, Element element, String origin) {
        this.name = name;
        this.element = element;
        this.origin = origin;
    }

    /** The existing entry when the column is already mapped, else null after adding it. */
    Entry add(Column column, Element source, String label, boolean shared) {
        return add(column, source, label, shared, HibernateColumnOrder.size(column.type()));
    }

    /** @param size the physical size Hibernate orders the column by ({@link HibernateColumnOrder}) */
    Entry add(Column column, Element source, String label, boolean shared, int size) {
        return add(column, source, label, shared, size, column.name());
    }

    /** @param sortName the name as Hibernate holds it, before PostgreSQL folds it ({@link Naming#hibernateName}) */
    Entry add(Column column, Element source, String label, boolean shared, int size, String sortName) {
        Entry existing = columns.get(column.name());
        if (existing != null) {
            return existing;
        }
        columns.put(column.name(), new Entry(column.withOrigin(label), source, label, shared, size, sortName));
        return null;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    Column column(String column) {
        Entry e = columns.get(column);
        return e == null ? null : e.column();
    }

    void replace(Column column) {
        Entry e = columns.get(column.name());
        columns.put(column.name(), new Entry(column.withOrigin(e.label()), e.element(), e.label(), e.shared(), e.size(), e.sortName()));
    }

    /** Sets the physical size Hibernate orders a column by ({@link HibernateColumnOrder}). */
    void resize(String column, int size) {
        Entry e = columns.get(column);
        columns.put(column, new Entry(e.column(), e.element(), e.label(), e.shared(), size, e.sortName()));
    }

    /** As {@link #replace(Column)}, with the size Hibernate now orders the column by (a changed length). */
    void replace(Column column, int size) {
        Entry e = columns.get(column.name());
        columns.put(column.name(), new Entry(column.withOrigin(e.label()), e.element(), e.label(), e.shared(), size, e.sortName()));
    }

    Map<String, Entry> entries() {
        return columns;
    }

    void primaryKey(List<String> cols) {
        primaryKey = List.copyOf(cols);
        for (String c : cols) {
            Column col = column(c);
            if (col != null && col.nullable()) {
                replace(col.withNullable(false));
            }
        }
    }

    List<String> primaryKey() {
        return primaryKey;
    }

    void foreignKey(List<String> cols, QualifiedName target, List<String> targetCols) {
        foreignKey(cols, target, targetCols, null);
    }

    /** @param onDelete the action of Hibernate's {@code @OnDelete}, or null for NO ACTION */
    void foreignKey(List<String> cols, QualifiedName target, List<String> targetCols, ReferentialAction onDelete) {
        String fkName = ConstraintNames.of(name.name(), cols, "fkey");
        for (ForeignKey fk : foreignKeys) {
            if (fk.columns().equals(cols) && fk.referencedTable().equals(target)) {
                return;
            }
        }
        foreignKeys.add(new ForeignKey(unique(fkName, foreignKeys.stream().map(ForeignKey::name).toList()),
                cols, target, targetCols, onDelete));
    }

    void unique(List<String> cols, String explicitName) {
        if (!primaryKey.isEmpty() && cols.size() == primaryKey.size() && cols.containsAll(primaryKey)) {
            primaryKeyOrder = List.copyOf(cols); // Hibernate keeps the key, in the unique constraint's column order
            return;
        }
        if (uniques.stream().anyMatch(u -> u.columns().equals(cols))) {
            return;
        }
        String n = explicitName == null || explicitName.isEmpty() ? ConstraintNames.of(name.name(), cols, "key")
                : explicitName;
        uniques.add(new UniqueConstraint(unique(n, uniques.stream().map(UniqueConstraint::name).toList()), cols));
    }

    void index(List<String> cols, boolean unique, String explicitName) {
        index(cols, unique, explicitName, null);
    }

    /** @param options SQL appended to {@code CREATE INDEX} (Jakarta Persistence 3.2 {@code @Index(options)}), or null */
    void index(List<String> cols, boolean unique, String explicitName, String options) {
        String n = explicitName == null || explicitName.isEmpty() ? ConstraintNames.of(name.name(), cols, "idx")
                : explicitName;
        indexes.add(new Index(unique(n, indexes.stream().map(Index::name).toList()), cols, unique, options));
    }

    /**
     * An unnamed check. Hibernate renders it without a name, so PostgreSQL names it
     * ({@link GeneratedNames#check}: after the one column its expression uses, else after the table).
     * {@code column} is the column it belongs to (kept for callers; the name follows the expression).
     */
    void check(String column, String expression) {
        namedCheck(null, expression);
    }

    /** A check with the name given ({@code @CheckConstraint(name)}), or unnamed when {@code explicitName} is null. */
    void namedCheck(String explicitName, String expression) {
        checks.add(new String[] {explicitName, expression});
    }

    /** {@code COMMENT ON TABLE} text (Jakarta Persistence 3.2 {@code comment}), or null. */
    void comment(String text) {
        comment = text;
    }

    /** SQL appended to {@code CREATE TABLE} (Jakarta Persistence 3.2 {@code options}), or null. */
    void options(String sql) {
        options = sql;
    }

    private List<CheckConstraint> namedChecks() {
        Set<String> taken = new HashSet<>();
        checks.stream().map(c -> c[0]).filter(java.util.Objects::nonNull).forEach(taken::add);
        uniques.forEach(u -> taken.add(u.name()));
        taken.add(ConstraintNames.of(name.name(), List.of(), "pkey"));
        List<CheckConstraint> out = new ArrayList<>();
        for (String[] c : checks) {
            String n = c[0];
            if (n == null) {
                n = GeneratedNames.check(name.name(), CheckColumns.single(c[1], columns.keySet()), taken);
                taken.add(n);
            }
            out.add(new CheckConstraint(n, c[1]));
        }
        return out;
    }

    /**
     * Takes in a collection or join table that names this entity's own table, as Hibernate does (one
     * table per name): this table's columns, primary key and constraints win; the other's columns
     * this table lacks are added, and so are its foreign keys, unique constraints, indexes and checks
     * this table does not already have. Its primary key is dropped: Hibernate creates a collection's
     * key only for a table that has none.
     */
    void absorb(TableBuilder collection) {
        collection.columns.forEach((name, e) -> columns.putIfAbsent(name, e));
        for (ForeignKey fk : collection.foreignKeys) {
            foreignKey(fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete());
        }
        for (UniqueConstraint u : collection.uniques) {
            if (!(u.columns().size() == primaryKey.size() && u.columns().containsAll(primaryKey))) {
                unique(u.columns(), null); // one on exactly the key's columns is the key itself (and keeps its order)
            }
        }
        for (Index i : collection.indexes) {
            if (indexes.stream().noneMatch(x -> x.columns().equals(i.columns()) && x.unique() == i.unique())) {
                index(i.columns(), i.unique(), null);
            }
        }
        for (String[] c : collection.checks) { // unnamed ones are named after this table when built
            if (checks.stream().noneMatch(x -> x[1].equals(c[1]))) {
                checks.add(c);
            }
        }
    }

    /** True for an entity's own table (or secondary table), false for a collection or join table. */
    boolean ownedByEntity() {
        return element instanceof javax.lang.model.element.TypeElement;
    }

    private static String unique(String candidate, List<String> taken) {
        String n = candidate;
        for (int i = 1; taken.contains(n); i++) {
            n = ConstraintNames.truncate(candidate, String.valueOf(i)) + i;
        }
        return n;
    }

    /** The table, columns and key columns in Hibernate's order. */
    Table build() {
        List<Column> cols = columns.values().stream().sorted(this::compare).map(Entry::column).toList();
        // Hibernate orders a primary key's columns like the table's (ColumnOrderingStrategyStandard);
        // unique constraints keep their declared order, foreign keys their column pairs (oracle-checked)
        // (a unique constraint on exactly the key's columns gives the key that constraint's order instead)
        List<String> keyOrder = primaryKeyOrder != null && primaryKeyOrder.size() == primaryKey.size()
                && primaryKeyOrder.containsAll(primaryKey) ? primaryKeyOrder : inHibernateOrder(primaryKey);
        PrimaryKey pk = primaryKey.isEmpty() ? null : new PrimaryKey(ConstraintNames.of(name.name(), List.of(), "pkey"),
                keyOrder);
        return new Table(name, cols, pk, foreignKeys, uniques, indexes, namedChecks(), origin, comment, options);
    }

    private List<String> inHibernateOrder(List<String> keyColumns) {
        if (keyColumns.size() < 2 || !keyColumns.stream().allMatch(columns::containsKey)) {
            return keyColumns;
        }
        return keyColumns.stream().sorted((a, b) -> compare(columns.get(a), columns.get(b))).toList();
    }

    private int compare(Entry a, Entry b) {
        return HibernateColumnOrder.compare(a.size(), a.sortName(), b.size(), b.sortName());
    }

}
