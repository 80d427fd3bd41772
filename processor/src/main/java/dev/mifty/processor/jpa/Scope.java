package dev.mifty.processor.jpa;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;

/**
 * Where attributes are being mapped.
 *
 * @param table        the table receiving the columns
 * @param entity       the entity being mapped (owner of collection and join tables)
 * @param relaxedNulls true inside an embeddable or a SINGLE_TABLE subclass: primitives do not make NOT NULL
 * @param subclassColumn true for a SINGLE_TABLE subclass: every column nullable, sibling subclasses may share one
 * @param overrides    {@code @AttributeOverride}s by path relative to {@link #prefix}'s start
 * @param prefix       the attribute path so far ({@code address.})
 * @param anchor       the entity's own attribute an embedded column comes from, or null
 * @param columnNaming the logical column names of the embedded columns: Hibernate 7's {@code @EmbeddedColumnNaming}
 *                     patterns of the enclosing embeddeds, outermost applied last; identity outside them
 * @param secondary    the secondary tables a column may name with {@code table = ...}
 */
record Scope(TableBuilder table, ResolvedEntity entity, boolean relaxedNulls, boolean subclassColumn,
             Map<String, AnnotationMirror> overrides, String prefix, ResolvedAttribute anchor,
             UnaryOperator<String> columnNaming, SecondaryTables secondary) {

    static final String EMBEDDED_COLUMN_NAMING = "org.hibernate.annotations.EmbeddedColumnNaming";

    Scope(TableBuilder table, ResolvedEntity entity, boolean relaxedNulls, boolean subclassColumn,
          Map<String, AnnotationMirror> overrides, String prefix, ResolvedAttribute anchor) {
        this(table, entity, relaxedNulls, subclassColumn, overrides, prefix, anchor, UnaryOperator.identity(),
                SecondaryTables.NONE);
    }

    static Scope of(TableBuilder table, ResolvedEntity entity, boolean subclass) {
        return of(table, entity, subclass, SecondaryTables.NONE);
    }

    static Scope of(TableBuilder table, ResolvedEntity entity, boolean subclass, SecondaryTables secondary) {
        return new Scope(table, entity, subclass, subclass, Map.of(), "", null, UnaryOperator.identity(), secondary);
    }

    /** This scope on the entity's own table (where a to-one inside an {@code @EmbeddedTable} embedded still goes). */
    Scope onPrimaryTable() {
        return secondary.primary().filter(t -> t != table).map(t -> new Scope(t, entity, relaxedNulls, subclassColumn,
                overrides, prefix, anchor, columnNaming, secondary)).orElse(this);
    }

    /**
     * The scope for a column that names its table ({@code @Column(table)}, {@code @JoinColumn(table)}): this one
     * for an empty name or the scope's own table (as Hibernate's {@code AnnotatedColumn.isSecondary}), the same
     * scope on that secondary table, or empty when no secondary table has the name (Hibernate refuses it).
     */
    Optional<Scope> in(String tableName) {
        if (tableName.isEmpty() || tableName.equalsIgnoreCase(table.name.name())) {
            return Optional.of(this);
        }
        return secondary.find(tableName).map(t -> new Scope(t, entity, relaxedNulls, subclassColumn, overrides, prefix,
                anchor, columnNaming, secondary));
    }

    Scope embedded(ResolvedAttribute attribute) {
        Map<String, AnnotationMirror> merged = new HashMap<>();
        attribute.overrides().forEach((k, v) -> merged.put(prefix + attribute.name() + "." + k, v));
        merged.putAll(overrides);
        return new Scope(table, entity, true, subclassColumn, merged, prefix + attribute.name() + ".",
                anchor == null ? attribute : anchor, naming(attribute), secondary);
    }

    /**
     * Hibernate 7's {@code @EmbeddedColumnNaming("home_%s")} on the embedded attribute: the pattern formats the logical
     * name of every column inside (explicit {@code @Column(name)} ones too), before the physical naming strategy
     * ({@code workPlace%s} + {@code postCode} -> {@code work_placepost_code}); without a value the pattern is
     * {@code <attribute>_%s}. Measured on 7.2 and 7.4 ({@code oracle/fixtures-jpa32}, set {@code hibernate7}).
     */
    private UnaryOperator<String> naming(ResolvedAttribute attribute) {
        java.util.Optional<AnnotationMirror> naming = Ann.find(attribute.element(), EMBEDDED_COLUMN_NAMING);
        if (naming.isEmpty()) {
            return columnNaming;
        }
        String value = Ann.string(naming.get(), "value");
        String pattern = value.isEmpty() ? attribute.name() + "_%s" : value;
        UnaryOperator<String> outer = columnNaming;
        return name -> outer.apply(pattern.replace("%s", name));
    }

    /** The element errors and column origins point to: the entity's own field for an embedded column. */
    javax.lang.model.element.Element elementOf(ResolvedAttribute a) {
        return anchor == null ? a.element() : anchor.element();
    }

    /** {@code Person.work.street} for an embedded column, {@code Person.name} otherwise. */
    String labelOf(ResolvedAttribute a) {
        return anchor == null ? a.label() : anchor.label() + "." + prefix.substring(prefix.indexOf('.') + 1) + a.name();
    }

    AnnotationMirror override(String attribute) {
        return overrides.get(prefix + attribute);
    }
}
