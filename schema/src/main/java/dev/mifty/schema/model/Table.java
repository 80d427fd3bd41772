package dev.mifty.schema.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A table. Columns keep their declared order (the order they are created in); constraints and
 * indexes are kept sorted by name so that equal tables are equal records.
 *
 * @param primaryKey may be null
 * @param origin     e.g. the entity {@code Customer}; for messages and comments only: not part of
 *                   equality, not in the snapshot; may be null
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints,
                    List<Index> indexes, List<CheckConstraint> checks, String origin) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        foreignKeys = sorted(foreignKeys, ForeignKey::name);
        uniqueConstraints = sorted(uniqueConstraints, UniqueConstraint::name);
        indexes = sorted(indexes, Index::name);
        checks = sorted(checks, CheckConstraint::name);
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Equality ignores {@link #origin}. Column order counts; see {@link Schema#equalsIgnoringColumnOrder}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && name.equals(t.name) && columns.equals(t.columns)
                && Objects.equals(primaryKey, t.primaryKey) && foreignKeys.equals(t.foreignKeys)
                && uniqueConstraints.equals(t.uniqueConstraints) && indexes.equals(t.indexes)
                && checks.equals(t.checks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks);
    }
}
