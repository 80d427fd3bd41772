package dev.mifty.schema.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A whole schema: tables, sequences, enum and composite types, each kept sorted by qualified name.
 *
 * @param hibernate the Hibernate ORM line the model was built for ({@code "7.4"}), or null when not
 *                  known; kept in the snapshot, not part of equality (a live database has none)
 */
public record Schema(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                     List<CompositeType> compositeTypes, String hibernate) {

    private static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        enumTypes = enumTypes.stream().sorted(Comparator.comparing(EnumType::name)).toList();
        compositeTypes = compositeTypes.stream().sorted(Comparator.comparing(CompositeType::name)).toList();
    }

    /** Tables and sequences only (the shape before types existed). */
    public Schema(List<Table> tables, List<Sequence> sequences) {
        this(tables, sequences, List.of(), List.of(), null);
    }

    public static Schema empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return tables.isEmpty() && sequences.isEmpty() && enumTypes.isEmpty() && compositeTypes.isEmpty();
    }

    public Optional<Table> table(QualifiedName tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    public Optional<Sequence> sequence(QualifiedName sequenceName) {
        return sequences.stream().filter(s -> s.name().equals(sequenceName)).findFirst();
    }

    public Optional<EnumType> enumType(QualifiedName typeName) {
        return enumTypes.stream().filter(e -> e.name().equals(typeName)).findFirst();
    }

    public Optional<CompositeType> compositeType(QualifiedName typeName) {
        return compositeTypes.stream().filter(c -> c.name().equals(typeName)).findFirst();
    }

    /**
     * The named schemas (namespaces) the model's objects live in, sorted; the default schema
     * ({@code null}) is not listed. A schema listed here and not in the previous model is created
     * by the migration ({@code CreateSchema}).
     */
    public SortedSet<String> namespaces() {
        SortedSet<String> names = new TreeSet<>();
        tables.forEach(t -> add(names, t.name()));
        sequences.forEach(s -> add(names, s.name()));
        enumTypes.forEach(e -> add(names, e.name()));
        compositeTypes.forEach(c -> add(names, c.name()));
        return names;
    }

    private static void add(SortedSet<String> names, QualifiedName name) {
        if (name.schema() != null) {
            names.add(name.schema());
        }
    }

    public Schema withTables(List<Table> newTables) {
        return new Schema(newTables, sequences, enumTypes, compositeTypes, hibernate);
    }

    public Schema withSequences(List<Sequence> newSequences) {
        return new Schema(tables, newSequences, enumTypes, compositeTypes, hibernate);
    }

    public Schema withTypes(List<EnumType> newEnumTypes, List<CompositeType> newCompositeTypes) {
        return new Schema(tables, sequences, newEnumTypes, newCompositeTypes, hibernate);
    }

    /** The same schema, recorded as built for Hibernate ORM line {@code line} ({@code "7.4"}; null: unknown). */
    public Schema withHibernate(String line) {
        return new Schema(tables, sequences, enumTypes, compositeTypes, line);
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
        return withTables(tables.stream()
                .map(t -> t.withColumns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList()))
                .toList());
    }

    /** Equality ignores {@link #hibernate}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Schema s && tables.equals(s.tables) && sequences.equals(s.sequences)
                && enumTypes.equals(s.enumTypes) && compositeTypes.equals(s.compositeTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tables, sequences, enumTypes, compositeTypes);
    }
}
