package dev.mifty.processor.jpa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** The primary-key columns of each entity's table (names and types), as foreign keys to it need them. */
final class KeyResolver {

    private final EntityCatalog catalog;
    private final TypeMapper typeMapper;
    private final Set<TypeElement> inProgress = new HashSet<>();

    KeyResolver(EntityCatalog catalog, TypeMapper typeMapper) {
        this.catalog = catalog;
        this.typeMapper = typeMapper;
    }

    /** The key columns, in Hibernate's order; empty when the entity has no usable id. */
    List<KeyColumn> keys(TypeElement entity) {
        List<KeyColumn> cached = catalog.cachedKeys(entity);
        if (cached != null) {
            return cached;
        }
        if (!inProgress.add(entity)) {
            return List.of();
        }
        try {
            List<KeyColumn> result = compute(entity);
            catalog.cacheKeys(entity, result);
            return result;
        } finally {
            inProgress.remove(entity);
        }
    }

    private List<KeyColumn> compute(TypeElement entity) {
        TypeElement parent = catalog.parentEntity(entity);
        if (parent != null) {
            List<KeyColumn> parentKeys = keys(parent);
            if (catalog.strategy(entity) != EntityCatalog.Strategy.JOINED) {
                return parentKeys;
            }
            List<AnnotationMirror> pkjc = Ann.repeated(entity, "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns");
            List<KeyColumn> out = new ArrayList<>();
            for (int i = 0; i < parentKeys.size(); i++) {
                KeyColumn k = parentKeys.get(i);
                String name = i < pkjc.size() ? Ann.string(pkjc.get(i), "name") : "";
                out.add(name.isEmpty() ? k : new KeyColumn(name, catalog.naming.physical(name), k.type()));
            }
            return out;
        }
        List<Attribute> all = catalog.allAttributes(entity);
        Optional<Attribute> mapsId = all.stream()
                .filter(a -> a.has("MapsId") && (a.has("ManyToOne") || a.has("OneToOne"))).findFirst();
        Map<String, Attribute> derived = new java.util.HashMap<>();
        for (Attribute a : all) {
            if (a.has("MapsId") && (a.has("ManyToOne") || a.has("OneToOne"))) {
                String path = Ann.string(Ann.find(a.element(), "MapsId").get(), "value");
                if (!path.isEmpty()) {
                    derived.put(path, a);
                }
            }
        }
        List<KeyColumn> out = new ArrayList<>();
        for (Attribute a : all) {
            if (a.has("EmbeddedId") || (a.has("Id") && EntityCatalog.isEmbeddable(catalog.element(a.type())))) {
                embeddedKeys(catalog.element(a.type()), entity, overrides(a), "", derived, out);
            } else if (a.has("Id") && (a.has("ManyToOne") || a.has("OneToOne"))) {
                out.addAll(joinKeys(a));
            } else if (a.has("Id")) {
                if (mapsId.isPresent() && Ann.string(Ann.find(mapsId.get().element(), "MapsId").get(), "value").isEmpty()) {
                    out.addAll(joinKeys(mapsId.get()));
                    continue;
                }
                String logical = columnName(a, null);
                typeMapper.map(a.type(), a.element()).ifPresent(t ->
                        out.add(new KeyColumn(logical, catalog.naming.physical(logical), t.sql())));
            }
        }
        return out;
    }

    private void embeddedKeys(TypeElement embeddable, TypeElement entity, Map<String, AnnotationMirror> overrides,
                              String prefix, Map<String, Attribute> derived, List<KeyColumn> out) {
        if (embeddable == null) {
            return;
        }
        for (Attribute a : catalog.embeddableAttributes(embeddable, entity, embeddable.asType())) {
            String path = prefix + a.name();
            if (derived.containsKey(path)) {
                out.addAll(joinKeys(derived.get(path))); // @MapsId("path"): the relationship's join columns
                continue;
            }
            if (EntityCatalog.isEmbeddable(catalog.element(a.type()))) {
                embeddedKeys(catalog.element(a.type()), entity, overrides, path + ".", derived, out);
                continue;
            }
            AnnotationMirror override = overrides.get(path);
            String logical = columnName(a, override);
            typeMapper.map(a.type(), a.element(), override != null ? Optional.of(override) : Ann.find(a.element(), "Column"))
                    .ifPresent(t ->
                    out.add(new KeyColumn(logical, catalog.naming.physical(logical), t.sql())));
        }
    }

    /** The key columns a {@code @ManyToOne}/{@code @OneToOne} creates in its own table. */
    List<KeyColumn> joinKeys(Attribute relation) {
        TypeElement target = Relations.target(catalog, relation);
        if (target == null || !EntityCatalog.isEntity(target)) {
            return List.of();
        }
        List<KeyColumn> targetKeys = keys(target);
        List<AnnotationMirror> joinColumns = Ann.repeated(relation.element(), "JoinColumn", "JoinColumns");
        List<KeyColumn> out = new ArrayList<>();
        for (int i = 0; i < targetKeys.size(); i++) {
            KeyColumn k = targetKeys.get(i);
            AnnotationMirror jc = Relations.joinColumnFor(joinColumns, k, i);
            String name = jc == null ? "" : Ann.string(jc, "name");
            String logical = name.isEmpty() ? relation.name() + "_" + k.logical() : name;
            out.add(new KeyColumn(logical, catalog.naming.physical(logical), k.type()));
        }
        return out;
    }

    /** The logical column name of a basic attribute: override, {@code @Column(name)}, or the attribute name. */
    static String columnName(Attribute a, AnnotationMirror overrideColumn) {
        if (overrideColumn != null && !Ann.string(overrideColumn, "name").isEmpty()) {
            return Ann.string(overrideColumn, "name");
        }
        return Ann.find(a.element(), "Column").map(c -> Ann.string(c, "name")).filter(s -> !s.isEmpty())
                .orElse(a.name());
    }

    /** {@code @AttributeOverride(s)} of an attribute: path -> the override's {@code @Column}. */
    static Map<String, AnnotationMirror> overrides(Attribute a) {
        Map<String, AnnotationMirror> out = new java.util.HashMap<>();
        for (AnnotationMirror o : Ann.repeated(a.element(), "AttributeOverride", "AttributeOverrides")) {
            out.put(Ann.string(o, "name"), Ann.annotation(o, "column"));
        }
        return out;
    }
}
