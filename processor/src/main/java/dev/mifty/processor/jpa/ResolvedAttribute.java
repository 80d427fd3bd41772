package dev.mifty.processor.jpa;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One persistent attribute, resolved once by {@link EntityResolver} (Hibernate's binding step for a
 * property): its kind, the annotations that shape its columns, and what it points to. The mappers read
 * these facts instead of asking the annotations again.
 *
 * @param member       the field or getter, its name, Java type (as seen from the class being mapped) and owner
 * @param kind         basic, embedded or one of the relationship kinds
 * @param relation     the {@code @ManyToOne}/{@code @OneToOne}/{@code @OneToMany}/{@code @ManyToMany}/
 *                     {@code @ElementCollection} annotation, or null for a basic or embedded attribute
 * @param mappedBy     the relation's {@code mappedBy}, empty when it owns the association (or has none)
 * @param id           annotated {@code @Id}
 * @param embeddedId   annotated {@code @EmbeddedId}
 * @param mapsId       {@code @MapsId}'s value ({@code ""} for the whole id), or null without {@code @MapsId}
 * @param typeElement  the declared type's class (the attribute's type), or null for a primitive, array, ...
 * @param target       the relation's target class ({@code targetEntity}/{@code targetClass}, the type,
 *                     or the element type of a collection); null for basic and embedded attributes
 * @param targetEntity the target as a resolved entity, when the target is an entity
 * @param column       the {@code @Column} on the attribute
 * @param joinColumns  the {@code @JoinColumn}s (direct or inside {@code @JoinColumns})
 * @param overrides    {@code @AttributeOverride(s)}: path -> the override's {@code @Column}
 * @param embedded     for an embedded attribute (or an {@code @EmbeddedId}, an {@code @Id} of an embeddable
 *                     type, an element collection of embeddables): the embeddable's attributes, resolved for
 *                     the entity that holds it; else empty
 */
record ResolvedAttribute(Attribute member, Kind kind, AnnotationMirror relation, String mappedBy, boolean id,
                         boolean embeddedId, String mapsId, TypeElement typeElement, TypeElement target,
                         ResolvedEntity targetEntity, Optional<AnnotationMirror> column,
                         List<AnnotationMirror> joinColumns, Map<String, AnnotationMirror> overrides,
                         List<ResolvedAttribute> embedded) {

    /** What an attribute maps to, in the order Hibernate's binder asks (relationships first). */
    enum Kind {
        BASIC(null), EMBEDDED(null), MANY_TO_ONE("ManyToOne"), ONE_TO_ONE("OneToOne"), ONE_TO_MANY("OneToMany"),
        MANY_TO_MANY("ManyToMany"), ELEMENT_COLLECTION("ElementCollection");

        /** The JPA annotation's simple name, or null. */
        final String annotation;

        Kind(String annotation) {
            this.annotation = annotation;
        }

        boolean toOne() {
            return this == MANY_TO_ONE || this == ONE_TO_ONE;
        }

        boolean toMany() {
            return this == ONE_TO_MANY || this == MANY_TO_MANY || this == ELEMENT_COLLECTION;
        }

        boolean relation() {
            return annotation != null;
        }
    }

    String name() {
        return member.name();
    }

    Element element() {
        return member.element();
    }

    TypeMirror type() {
        return member.type();
    }

    TypeElement owner() {
        return member.owner();
    }

    /** {@code Customer.fullName}, for messages and column origins. */
    String label() {
        return member.label();
    }

    /** True when the attribute carries the annotation (a JPA simple name or a qualified name). */
    boolean has(String annotation) {
        return member.has(annotation);
    }

    /** {@code @Id} or {@code @EmbeddedId}. */
    boolean isId() {
        return id || embeddedId;
    }

    /** A relationship that owns its association (no {@code mappedBy}). */
    boolean owning() {
        return mappedBy.isEmpty();
    }

    /** An {@code @Id} or {@code @EmbeddedId} whose type is an embeddable: its columns are the embeddable's. */
    boolean compositeId() {
        return embeddedId || id && EntityResolver.isEmbeddable(typeElement);
    }

    /** The logical column name of a basic attribute: override, {@code @Column(name)}, or the attribute name. */
    String columnName(AnnotationMirror overrideColumn) {
        if (overrideColumn != null && !Ann.string(overrideColumn, "name").isEmpty()) {
            return Ann.string(overrideColumn, "name");
        }
        return column.map(c -> Ann.string(c, "name")).filter(s -> !s.isEmpty()).orElse(name());
    }

    /** The same member read as a basic value of another type (the element of an {@code @ElementCollection}). */
    ResolvedAttribute asBasicValue(TypeMirror valueType, TypeElement valueElement) {
        return new ResolvedAttribute(new Attribute(name(), element(), valueType, owner()), Kind.BASIC, null, "", false,
                false, null, valueElement, null, null, column, List.of(), Map.of(), List.of());
    }
}
