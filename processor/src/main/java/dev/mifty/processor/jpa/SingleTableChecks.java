package dev.mifty.processor.jpa;

import dev.mifty.schema.model.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks Hibernate 7 puts on a discriminated hierarchy's table: the discriminator's values
 * ({@code DiscriminatorColumnSecondPass}) and, for each concrete SINGLE_TABLE subclass, that its
 * non-optional columns are set on its rows ({@code SingleTableSubclass.createConstraints}). Asked only
 * when {@link HibernateLine#discriminatorCheck} / {@link HibernateLine#singleTableSubclassChecks} say so.
 */
final class SingleTableChecks {

    /**
     * The discriminator column of a root: physical name, {@code DiscriminatorType} ({@code STRING}, ...), and
     * false when Hibernate checks no values (a {@code @DiscriminatorFormula}, or forced with {@code @DiscriminatorOptions}).
     */
    record Discriminator(String column, String kind, boolean valuesChecked) {
    }

    private static final String NULL = "null";
    private static final String NOT_NULL = "not null";

    private final PhysicalNames naming;
    private final KeyResolver keys;

    SingleTableChecks(EntityResolver resolver, KeyResolver keys) {
        this.naming = resolver.naming;
        this.keys = keys;
    }

    /** {@code dtype in ('Cat','Dog')}: the values of the root and its subclasses that are not abstract. */
    void discriminatorValues(ResolvedEntity root, TableBuilder table, Discriminator d) {
        List<ResolvedEntity> classes = new ArrayList<>();
        classes.add(root);
        classes.addAll(subclasses(root));
        if (classes.stream().anyMatch(c -> NOT_NULL.equals(value(c, d)))) {
            return; // a "not null" discriminator is a catch-all
        }
        List<String> values = classes.stream().filter(c -> !c.isAbstract)
                .map(c -> value(c, d)).filter(v -> v != null && !v.equals(NULL)).map(v -> literal(v, d)).toList();
        table.check(d.column(), d.column() + " in (" + String.join(",", values) + ")");
    }

    /** For each concrete subclass: {@code dtype <> 'Cat' or (indoor is not null and ...)}. */
    void subclassChecks(ResolvedEntity root, TableBuilder table, Discriminator d) {
        for (ResolvedEntity sub : subclasses(root)) {
            String value = value(sub, d);
            if (sub.isAbstract || value == null || value.equals(NOT_NULL)) {
                continue;
            }
            List<String> required = new ArrayList<>();
            ResolvedEntity parent = sub.parent;
            required.addAll(nonOptionalNullable(parent, table));
            required.addAll(nonOptionalNullable(sub, table));
            if (required.isEmpty()) {
                continue;
            }
            String condition = value.equals(NULL) ? d.column() + " is null" : d.column() + " <> " + literal(value, d);
            table.check(d.column(), condition + " or (" + required.stream().map(c -> c + " is not null")
                    .collect(Collectors.joining(" and ")) + ")");
        }
    }

    /**
     * Hibernate's {@code getSubclasses()}: for each direct subclass its own subclasses first, then the
     * direct subclasses themselves (in the catalog's order, by qualified name).
     */
    private List<ResolvedEntity> subclasses(ResolvedEntity entity) {
        List<ResolvedEntity> out = new ArrayList<>();
        for (ResolvedEntity child : entity.children()) {
            out.addAll(subclasses(child));
        }
        out.addAll(entity.children());
        return out;
    }

    /** The columns of the class's own non-optional attributes that are nullable in the table, by attribute name. */
    private List<String> nonOptionalNullable(ResolvedEntity entity, TableBuilder table) {
        List<String> out = new ArrayList<>();
        List<ResolvedAttribute> attributes = entity.tableAttributes().stream()
                .sorted(Comparator.comparing(ResolvedAttribute::name)).toList();
        for (ResolvedAttribute a : attributes) {
            for (String column : nonOptionalColumns(a)) {
                Column c = table.column(column);
                if (c != null && c.nullable()) {
                    out.add(column);
                }
            }
        }
        return out;
    }

    private List<String> nonOptionalColumns(ResolvedAttribute a) {
        if (a.isId()) {
            return List.of();
        }
        if (a.kind() == ResolvedAttribute.Kind.EMBEDDED) {
            return List.of(); // a composite: Hibernate skips it
        }
        if (a.kind() == ResolvedAttribute.Kind.BASIC) {
            boolean required = a.type().getKind().isPrimitive()
                    || Ann.find(a.element(), "Basic").map(b -> !Ann.bool(b, "optional")).orElse(false);
            return required ? List.of(naming.physical(a.columnName(null))) : List.of();
        }
        if (a.kind().toOne()) {
            if (Ann.bool(a.relation(), "optional") || !a.owning()) {
                return List.of();
            }
            return keys.joinKeys(a).stream().map(KeyColumn::physical).toList();
        }
        return List.of();
    }

    /** {@code @DiscriminatorValue}, else the entity name (STRING) or its hash code (INTEGER); null for CHAR. */
    private String value(ResolvedEntity entity, Discriminator d) {
        Optional<String> explicit = Ann.find(entity.element, "DiscriminatorValue").map(v -> Ann.string(v, "value"));
        if (explicit.isPresent()) {
            return explicit.get();
        }
        String name = entity.entityName;
        return switch (d.kind()) {
            case "INTEGER" -> String.valueOf(name.hashCode());
            case "CHAR" -> null;
            default -> name;
        };
    }

    private static String literal(String value, Discriminator d) {
        return d.kind().equals("INTEGER") ? value : "'" + value.replace("'", "''") + "'";
    }
}
