package dev.mifty.processor.jpa;

import java.util.HashMap;
import java.util.Map;
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
 */
record Scope(TableBuilder table, ResolvedEntity entity, boolean relaxedNulls, boolean subclassColumn,
             Map<String, AnnotationMirror> overrides, String prefix, ResolvedAttribute anchor) {

    static Scope of(TableBuilder table, ResolvedEntity entity, boolean subclass) {
        return new Scope(table, entity, subclass, subclass, Map.of(), "", null);
    }

    Scope embedded(ResolvedAttribute attribute) {
        Map<String, AnnotationMirror> merged = new HashMap<>();
        attribute.overrides().forEach((k, v) -> merged.put(prefix + attribute.name() + "." + k, v));
        merged.putAll(overrides);
        return new Scope(table, entity, true, subclassColumn, merged, prefix + attribute.name() + ".",
                anchor == null ? attribute : anchor);
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
