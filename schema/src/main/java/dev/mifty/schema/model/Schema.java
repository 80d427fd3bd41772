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

    /**
     * The same schema with every explicit qualifier {@code defaultSchema} removed (tables,
     * sequences, types, foreign-key targets, columns and attributes of user types): how a model
     * that names the default schema explicitly ({@code @Table(schema = "public")}) compares with
     * an introspected database, whose default-schema objects have a null schema.
     */
    public Schema withDefaultSchema(String defaultSchema) {
        java.util.function.UnaryOperator<QualifiedName> n = q -> defaultSchema.equals(q.schema()) ? QualifiedName.of(q.name()) : q;
        java.util.function.UnaryOperator<SqlType> t = type -> type.isUser() ? SqlType.user(n.apply(type.userType())) : type;
        return new Schema(
                tables.stream().map(table -> table.withName(n.apply(table.name()))
                        .withColumns(table.columns().stream().map(c -> c.withType(t.apply(c.type()))).toList())
                        .withForeignKeysAndIndexes(table.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(),
                                fk.columns(), n.apply(fk.referencedTable()), fk.referencedColumns(), fk.onDelete())).toList(),
                                table.indexes()))
                        .toList(),
                sequences.stream().map(q -> new Sequence(n.apply(q.name()), q.start(), q.increment(), q.options())).toList(),
                enumTypes.stream().map(e -> new EnumType(n.apply(e.name()), e.labels())).toList(),
                compositeTypes.stream().map(c -> new CompositeType(n.apply(c.name()), c.attributes().stream()
                        .map(a -> new CompositeType.Attribute(a.name(), t.apply(a.type()))).toList())).toList(),
                hibernate);
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
