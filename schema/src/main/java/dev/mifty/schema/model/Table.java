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
 * @param comment    {@code COMMENT ON TABLE} text, or null for none (an empty comment is none, as in PostgreSQL)
 * @param options    SQL appended verbatim after the closing parenthesis of {@code CREATE TABLE}
 *                   (Jakarta Persistence 3.2 {@code @Table(options)}), or null; rendered on creation
 *                   only: a change of options is a {@link dev.mifty.schema.diff.DiffProblem}, not a change
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints,
                    List<Index> indexes, List<CheckConstraint> checks, String origin,
                    String comment, String options) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        foreignKeys = sorted(foreignKeys, ForeignKey::name);
        uniqueConstraints = sorted(uniqueConstraints, UniqueConstraint::name);
        indexes = sorted(indexes, Index::name);
        checks = sorted(checks, CheckConstraint::name);
        comment = Column.blankToNull(comment);
        options = Column.blankToNull(options);
    }

    /** A table without comment and options (the shape before both existed). */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
                 List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints,
                 List<Index> indexes, List<CheckConstraint> checks, String origin) {
        this(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, origin, null, null);
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, origin, comment, options);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, origin, comment, options);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, newChecks, origin, comment, options);
    }

    /** The same table with other foreign keys and indexes. */
    public Table withForeignKeysAndIndexes(List<ForeignKey> newForeignKeys, List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, newForeignKeys, uniqueConstraints, newIndexes, checks, origin, comment, options);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, origin, newComment, options);
    }

    public Table withOptions(String newOptions) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, origin, comment, newOptions);
    }

    /** Equality ignores {@link #origin}. Column order counts; see {@link Schema#equalsIgnoringColumnOrder}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && name.equals(t.name) && columns.equals(t.columns)
                && Objects.equals(primaryKey, t.primaryKey) && foreignKeys.equals(t.foreignKeys)
                && uniqueConstraints.equals(t.uniqueConstraints) && indexes.equals(t.indexes)
                && checks.equals(t.checks) && Objects.equals(comment, t.comment) && Objects.equals(options, t.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, comment, options);
    }
}
