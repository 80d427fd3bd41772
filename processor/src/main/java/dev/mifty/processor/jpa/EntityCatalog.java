package dev.mifty.processor.jpa;

import dev.mifty.schema.model.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

/** Facts about the compilation's entities: names, tables, hierarchies, inheritance strategies. */
final class EntityCatalog {

    enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    final Types types;
    final PhysicalNames naming;
    final HibernateLine line;
    final Attributes attributes;
    private final List<TypeElement> entities;
    private final Map<TypeElement, List<KeyColumn>> keys = new HashMap<>();
    private final Map<TypeElement, Optional<TypeElement>> parents = new HashMap<>();
    private Map<TypeElement, List<TypeElement>> children;
    private final Map<TypeElement, Attributes.Access> accesses = new HashMap<>();
    private final Map<TypeElement, List<Attribute>> ownAttributes = new HashMap<>();
    private final Map<TypeElement, List<Attribute>> chainAttributes = new HashMap<>();

    EntityCatalog(Types types, Naming naming, HibernateLine line, Set<TypeElement> entities) {
        this.types = types;
        this.naming = new PhysicalNames(naming, line);
        this.line = line;
        this.attributes = new Attributes(types);
        this.entities = entities.stream().sorted(Comparator.comparing(Ann::qualifiedName)).toList();
    }

    List<TypeElement> entities() {
        return entities;
    }

    static boolean isEntity(Element e) {
        return e instanceof TypeElement && Ann.has(e, "Entity");
    }

    static boolean isEmbeddable(Element e) {
        return e instanceof TypeElement && Ann.has(e, "Embeddable");
    }

    TypeElement element(TypeMirror type) {
        return type != null && type.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(type) : null;
    }

    String entityName(TypeElement entity) {
        String n = Ann.find(entity, "Entity").map(a -> Ann.string(a, "name")).orElse("");
        return n.isEmpty() ? entity.getSimpleName().toString() : n;
    }

    /** The nearest superclass that is an entity, or null. */
    TypeElement parentEntity(TypeElement entity) {
        return parents.computeIfAbsent(entity, e -> {
            for (TypeElement t = attributes.superclass(e); t != null; t = attributes.superclass(t)) {
                if (isEntity(t)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    TypeElement root(TypeElement entity) {
        TypeElement r = entity;
        for (TypeElement p = parentEntity(entity); p != null; p = parentEntity(p)) {
            r = p;
        }
        return r;
    }

    /** Entity subclasses of {@code entity} in this compilation whose parent entity is {@code entity}. */
    List<TypeElement> children(TypeElement entity) {
        if (children == null) {
            children = new HashMap<>();
            for (TypeElement e : entities) {
                TypeElement parent = parentEntity(e);
                if (parent != null) {
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(e);
                }
            }
        }
        return children.getOrDefault(entity, List.of());
    }

    boolean hasHierarchy(TypeElement root) {
        return !children(root).isEmpty();
    }

    Strategy strategy(TypeElement entity) {
        TypeElement root = root(entity);
        return Ann.find(root, "Inheritance").map(a -> Strategy.valueOf(orDefault(Ann.enumName(a, "strategy"),
                "SINGLE_TABLE"))).orElse(Strategy.SINGLE_TABLE);
    }

    private static String orDefault(String v, String d) {
        return v.isEmpty() ? d : v;
    }

    boolean isSingleTableSubclass(TypeElement entity) {
        return parentEntity(entity) != null && strategy(entity) == Strategy.SINGLE_TABLE;
    }

    /**
     * False for a TABLE_PER_CLASS entity with subclasses (or abstract): its rows live in several tables,
     * so Hibernate makes no foreign key to it.
     */
    boolean hasForeignKeyTarget(TypeElement entity) {
        return strategy(entity) != Strategy.TABLE_PER_CLASS || (!isAbstract(entity) && children(entity).isEmpty());
    }

    boolean isAbstract(TypeElement entity) {
        return entity.getModifiers().contains(Modifier.ABSTRACT);
    }

    /** The table the entity's own columns live in (the root's for a SINGLE_TABLE subclass). */
    QualifiedName table(TypeElement entity) {
        return isSingleTableSubclass(entity) ? ownTable(root(entity)) : ownTable(entity);
    }

    /** {@code @Table(name, schema)} or the implicit name (the entity name), physical. */
    QualifiedName ownTable(TypeElement entity) {
        Optional<AnnotationMirror> table = Ann.find(entity, "Table");
        String name = logicalTable(entity);
        String schema = table.map(t -> Ann.string(t, "schema")).filter(s -> !s.isEmpty()).orElse(null);
        return new QualifiedName(schema == null ? null : naming.physical(schema), naming.physical(name));
    }

    /** The table name as written ({@code @Table(name)}) or implied (the entity name), before physical naming. */
    String logicalTable(TypeElement entity) {
        return Ann.find(entity, "Table").map(t -> Ann.string(t, "name")).filter(s -> !s.isEmpty())
                .orElse(entityName(entity));
    }

    Attributes.Access access(TypeElement entity) {
        return accesses.computeIfAbsent(entity, attributes::accessOf);
    }

    /**
     * The persistent attributes stored in {@code entity}'s own table, superclass first: those of
     * the mapped superclasses between it and its parent entity (for TABLE_PER_CLASS: of every superclass).
     */
    List<Attribute> tableAttributes(TypeElement entity, boolean wholeChain) {
        // asked for the same entities again and again (ids of the root, keys of relationship targets)
        return (wholeChain ? chainAttributes : ownAttributes).computeIfAbsent(entity,
                e -> List.copyOf(readTableAttributes(e, wholeChain)));
    }

    private List<Attribute> readTableAttributes(TypeElement entity, boolean wholeChain) {
        Attributes.Access access = access(entity);
        DeclaredType seenFrom = (DeclaredType) entity.asType();
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = entity; t != null; t = attributes.superclass(t)) {
            if (t != entity && isEntity(t) && !wholeChain) {
                break;
            }
            if (t == entity || isEntity(t) || Ann.has(t, "MappedSuperclass")) {
                chain.add(0, t);
            }
        }
        List<Attribute> out = new ArrayList<>();
        for (TypeElement t : chain) {
            out.addAll(attributes.declared(t, access, seenFrom));
        }
        return out;
    }

    /** The attributes of an embeddable, those of its {@code @MappedSuperclass}/{@code @Embeddable} superclasses first. */
    List<Attribute> embeddableAttributes(TypeElement embeddable, TypeElement ownerEntity, TypeMirror seenFrom) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = embeddable; t != null; t = attributes.superclass(t)) {
            if (t == embeddable || Ann.has(t, "MappedSuperclass") || isEmbeddable(t)) {
                chain.add(0, t);
            }
        }
        DeclaredType declared = seenFrom instanceof DeclaredType d && types.asElement(d).equals(embeddable)
                ? d : (DeclaredType) embeddable.asType();
        List<Attribute> out = new ArrayList<>();
        for (TypeElement t : chain) {
            out.addAll(attributes.declared(t, access(ownerEntity), declared));
        }
        return out;
    }

    /** Every attribute of the hierarchy up from {@code entity}, for finding the id. */
    List<Attribute> allAttributes(TypeElement entity) {
        return tableAttributes(entity, true);
    }

    List<KeyColumn> cachedKeys(TypeElement entity) {
        return keys.get(entity);
    }

    void cacheKeys(TypeElement entity, List<KeyColumn> columns) {
        keys.put(entity, columns);
    }
}
