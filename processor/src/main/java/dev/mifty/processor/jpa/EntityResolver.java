package dev.mifty.processor.jpa;

import dev.mifty.schema.model.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The resolving pass (Hibernate's annotations -> binding model): turns each entity class into one
 * {@link ResolvedEntity} (hierarchy, strategy, tables, attributes with their resolved annotations), once.
 * The compilation's entities are resolved when it is built; an entity outside them (a relationship target
 * from a library) when first referenced. The mappers build the relational model from these descriptions.
 */
final class EntityResolver {

    /** Deeper nesting of embeddables than this is a cycle ({@code @Embeddable A { A next; }}): not followed. */
    private static final int MAX_EMBEDDING_DEPTH = 32;

    final Types types;
    final PhysicalNames naming;
    final HibernateLine line;
    final Attributes attributes;
    private final Map<TypeElement, ResolvedEntity> resolved = new HashMap<>();
    private final Map<TypeElement, ResolvedEntity> entities = new LinkedHashMap<>();
    private final Map<TypeElement, RuntimeException> failures = new HashMap<>();
    /** Entities whose attributes are still to be resolved, and whether {@link #entity} is working them off. */
    private final java.util.ArrayDeque<ResolvedEntity> pending = new java.util.ArrayDeque<>();
    private boolean draining;

    EntityResolver(Types types, Naming naming, HibernateLine line, Set<TypeElement> compiled) {
        this.types = types;
        this.naming = new PhysicalNames(naming, line);
        this.line = line;
        this.attributes = new Attributes(types);
        List<TypeElement> sorted = compiled.stream().sorted(Comparator.comparing(Ann::qualifiedName)).toList();
        for (TypeElement e : sorted) {
            try {
                entities.put(e, entity(e));
            } catch (RuntimeException ex) {
                failures.put(e, ex);
            }
        }
        for (ResolvedEntity e : entities.values()) {
            if (e.parent != null) {
                e.parent.addChild(e);
            }
        }
    }

    /** The compilation's entity classes, by qualified name. */
    List<TypeElement> entityClasses() {
        return failures.isEmpty() ? List.copyOf(entities.keySet())
                : entitiesAndFailures();
    }

    private List<TypeElement> entitiesAndFailures() {
        List<TypeElement> all = new ArrayList<>(entities.keySet());
        all.addAll(failures.keySet());
        return all.stream().sorted(Comparator.comparing(Ann::qualifiedName)).toList();
    }

    /** The compilation's entities, by qualified name. */
    List<ResolvedEntity> entities() {
        return List.copyOf(entities.values());
    }

    /** The resolved entity of a compiled class, or the exception resolving it threw. */
    ResolvedEntity compiled(TypeElement element) {
        RuntimeException failure = failures.get(element);
        if (failure != null) {
            throw failure;
        }
        return entities.get(element);
    }

    static boolean isEntity(Element e) {
        return e instanceof TypeElement && Ann.has(e, "Entity");
    }

    static boolean isEmbeddable(Element e) {
        return e instanceof TypeElement && Ann.has(e, "Embeddable");
    }

    /**
     * Whether an {@code @Embedded}/{@code @EmbeddedId} attribute's class is embedded: an {@code @Embeddable}, or any
     * other class of the application (Hibernate binds it as a component all the same; OpenRemote's flow nodes). A JDK
     * class is not (its fields are no mapping): the attribute stays unmapped, one error on it.
     */
    static boolean embeds(TypeElement type) {
        if (type == null) {
            return false;
        }
        String name = Ann.qualifiedName(type);
        return isEmbeddable(type) || !(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun."));
    }

    TypeElement element(TypeMirror type) {
        return type != null && type.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(type) : null;
    }

    /**
     * The resolved description of an entity class (resolved on first use). Entities reached through
     * relationships are resolved from a work list, not by recursion: a model whose references form long
     * chains (thousands of entities) must not exhaust the compiler's stack. When one of them fails, every
     * entity begun in this call is forgotten and the failure thrown, as if each had been resolved inside the
     * other.
     */
    ResolvedEntity entity(TypeElement element) {
        if (draining) {
            return header(element);
        }
        draining = true;
        List<ResolvedEntity> begun = new ArrayList<>();
        try {
            ResolvedEntity entity = header(element);
            for (ResolvedEntity next; (next = pending.poll()) != null; ) {
                begun.add(next);
                next.attributes(members(next, false), members(next, true));
            }
            return entity;
        } catch (RuntimeException e) {
            begun.addAll(pending);
            pending.clear();
            begun.forEach(b -> resolved.remove(b.element));
            resolved.remove(element);
            throw e;
        } finally {
            draining = false;
        }
    }

    /** The entity's description without its attributes (queued in {@link #pending}), created once. */
    private ResolvedEntity header(TypeElement element) {
        ResolvedEntity done = resolved.get(element);
        if (done != null) {
            return done;
        }
        ResolvedEntity parent = null;
        for (TypeElement t = attributes.superclass(element); t != null; t = attributes.superclass(t)) {
            if (isEntity(t)) {
                parent = header(t);
                break;
            }
        }
        ResolvedEntity.Strategy strategy = parent != null ? parent.strategy
                : Ann.find(element, "Inheritance").map(a -> ResolvedEntity.Strategy.valueOf(orDefault(
                        Ann.enumName(a, "strategy"), "SINGLE_TABLE"))).orElse(ResolvedEntity.Strategy.SINGLE_TABLE);
        String entityName = Ann.find(element, "Entity").map(a -> Ann.string(a, "name")).filter(s -> !s.isEmpty())
                .orElse(element.getSimpleName().toString());
        Optional<AnnotationMirror> table = Ann.find(element, "Table");
        String logical = table.map(t -> Ann.string(t, "name")).filter(s -> !s.isEmpty()).orElse(entityName);
        String schema = table.map(t -> Ann.string(t, "schema")).filter(s -> !s.isEmpty()).orElse(null);
        QualifiedName ownTable = new QualifiedName(schema == null ? null : naming.physical(schema), naming.physical(logical));
        ResolvedEntity entity = new ResolvedEntity(element, entityName, parent, strategy,
                element.getModifiers().contains(Modifier.ABSTRACT), attributes.accessOf(element), logical, ownTable,
                SecondaryTable.of(element, naming),
                Ann.find(element, "DiscriminatorColumn"));
        resolved.put(element, entity); // before its attributes: relationships may lead back to it
        pending.add(entity);
        return entity;
    }

    private static String orDefault(String v, String d) {
        return v.isEmpty() ? d : v;
    }

    /** The class's attributes, superclass first: up to its parent entity, or ({@code wholeChain}) all of them. */
    private List<ResolvedAttribute> members(ResolvedEntity entity, boolean wholeChain) {
        TypeElement element = entity.element;
        DeclaredType seenFrom = (DeclaredType) element.asType();
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = element; t != null; t = attributes.superclass(t)) {
            if (t != element && isEntity(t) && !wholeChain) {
                break;
            }
            if (t == element || isEntity(t) || Ann.has(t, "MappedSuperclass")) {
                chain.add(0, t);
            }
        }
        List<ResolvedAttribute> out = new ArrayList<>();
        for (TypeElement t : chain) {
            for (Attribute a : attributes.declared(t, entity.access, seenFrom)) {
                out.add(attribute(a, entity, 0));
            }
        }
        return out;
    }

    /** The attributes of an embeddable used by {@code holder}, its {@code @MappedSuperclass}/{@code @Embeddable} superclasses first. */
    private List<ResolvedAttribute> embeddableMembers(TypeElement embeddable, ResolvedEntity holder, TypeMirror seenFrom,
                                                      int depth) {
        if (depth > MAX_EMBEDDING_DEPTH) {
            return List.of();
        }
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = embeddable; t != null; t = attributes.superclass(t)) {
            if (t == embeddable || Ann.has(t, "MappedSuperclass") || isEmbeddable(t)) {
                chain.add(0, t);
            }
        }
        DeclaredType declared = seenFrom instanceof DeclaredType d && types.asElement(d).equals(embeddable)
                ? d : (DeclaredType) embeddable.asType();
        List<ResolvedAttribute> out = new ArrayList<>();
        for (TypeElement t : chain) {
            for (Attribute a : attributes.declared(t, holder.access, declared)) {
                out.add(attribute(a, holder, depth + 1));
            }
        }
        return out;
    }

    private ResolvedAttribute attribute(Attribute a, ResolvedEntity holder, int depth) {
        Element element = a.element();
        ResolvedAttribute.Kind kind = ResolvedAttribute.Kind.BASIC;
        AnnotationMirror relation = null;
        for (ResolvedAttribute.Kind k : ResolvedAttribute.Kind.values()) {
            if (k.relation()) {
                Optional<AnnotationMirror> m = Ann.find(element, k.annotation);
                if (m.isPresent()) {
                    kind = k;
                    relation = m.get();
                    break;
                }
            }
        }
        TypeElement typeElement = element(a.type());
        if (relation == null && (Ann.has(element, "Embedded") || isEmbeddable(typeElement))) {
            kind = ResolvedAttribute.Kind.EMBEDDED;
        }
        boolean embeddedId = Ann.has(element, "EmbeddedId");
        TypeElement target = relation == null ? null : target(a, kind, relation);
        ResolvedEntity targetEntity = isEntity(target) ? entity(target) : null;
        List<ResolvedAttribute> embedded = List.of();
        // @Embedded/@EmbeddedId embed the attribute's class whether or not it is @Embeddable (as Hibernate does)
        if ((kind == ResolvedAttribute.Kind.EMBEDDED || embeddedId) && embeds(typeElement)) {
            embedded = embeddableMembers(typeElement, holder, a.type(), depth);
        } else if (kind == ResolvedAttribute.Kind.ELEMENT_COLLECTION && isEmbeddable(target)) {
            embedded = embeddableMembers(target, holder, Relations.elementType(a.type()), depth);
        }
        Map<String, AnnotationMirror> overrides = new HashMap<>();
        for (AnnotationMirror o : Ann.repeated(element, "AttributeOverride", "AttributeOverrides")) {
            overrides.put(Ann.string(o, "name"), Ann.annotation(o, "column"));
        }
        return new ResolvedAttribute(a, kind, relation, relation == null ? "" : Ann.string(relation, "mappedBy"),
                Ann.has(element, "Id"), embeddedId, Ann.find(element, "MapsId").map(m -> Ann.string(m, "value")).orElse(null),
                typeElement, target, targetEntity, Ann.find(element, "Column"),
                Ann.repeated(element, "JoinColumn", "JoinColumns"), java.util.Collections.unmodifiableMap(overrides), embedded);
    }

    /** The target class: {@code targetEntity}/{@code targetClass}, or the field type (to-one) / element type (to-many). */
    private TypeElement target(Attribute a, ResolvedAttribute.Kind kind, AnnotationMirror relation) {
        TypeMirror explicit = Ann.type(relation, kind == ResolvedAttribute.Kind.ELEMENT_COLLECTION ? "targetClass"
                : "targetEntity");
        if (explicit != null && explicit.getKind() == TypeKind.DECLARED
                && !Ann.qualifiedName(element(explicit)).equals("void")) {
            return element(explicit);
        }
        if (kind.toOne()) {
            return element(a.type());
        }
        return element(Relations.elementType(a.type()));
    }
}
