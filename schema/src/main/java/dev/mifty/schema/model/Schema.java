package dev.mifty.schema.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A whole schema: tables and sequences, each kept sorted by qualified name. */
public record Schema(List<Table> tables, List<Sequence> sequences) {

    private static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    }

    public static Schema empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return tables.isEmpty() && sequences.isEmpty();
    }

    public Optional<Table> table(QualifiedName tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    public Optional<Sequence> sequence(QualifiedName sequenceName) {
        return sequences.stream().filter(s -> s.name().equals(sequenceName)).findFirst();
    }

    /**
     * Equality where each table's columns are compared as a set keyed by name: a live database
     * appends added columns at the end, so its column order is not the model's.
     */
    public boolean equalsIgnoringColumnOrder(Schema other) {
        return withSortedColumns().equals(other.withSortedColumns());
    }

    /** This schema with every table's columns sorted by name. */
    public Schema withSortedColumns() {
        return new Schema(tables.stream().map(t -> new Table(t.name(),
                t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
                t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(), t.indexes(), t.checks(), t.origin()))
                .toList(), sequences);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schema s && tables.equals(s.tables) && sequences.equals(s.sequences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tables, sequences);
    }
}
