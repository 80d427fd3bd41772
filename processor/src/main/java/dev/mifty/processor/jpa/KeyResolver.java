package dev.mifty.processor.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.mifty.schema.model.SqlType;
import javax.lang.model.element.AnnotationMirror;

/**
 * The primary-key columns of each entity's table (names and types), as foreign keys to it need them.
 * Computed once per entity, on first use (a derived id needs its target's keys), into {@link ResolvedEntity#keys}.
 */
final class KeyResolver {

    private final PhysicalNames naming;
    private final TypeMapper typeMapper;
    private final Set<ResolvedEntity> inProgress = new HashSet<>();

    KeyResolver(EntityResolver resolver, TypeMapper typeMapper) {
        this.naming = resolver.naming;
        this.typeMapper = typeMapper;
    }

    /** The key columns, in Hibernate's order; empty when the entity has no usable id. */
    List<KeyColumn> keys(ResolvedEntity entity) {
        if (entity.keys != null) {
            return entity.keys;
        }
        if (!inProgress.add(entity)) {
            return List.of();
        }
        try {
            List<KeyColumn> result = compute(entity);
            entity.keys = result;
            return result;
        } finally {
            inProgress.remove(entity);
        }
    }

    private List<KeyColumn> compute(ResolvedEntity entity) {
        if (entity.parent != null) {
            List<KeyColumn> parentKeys = keys(entity.parent);
            if (entity.strategy != ResolvedEntity.Strategy.JOINED) {
                return parentKeys;
            }
            List<AnnotationMirror> pkjc = Ann.repeated(entity.element, "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns");
            List<KeyColumn> out = new ArrayList<>();
            for (int i = 0; i < parentKeys.size(); i++) {
                KeyColumn k = parentKeys.get(i);
                String name = i < pkjc.size() ? Ann.string(pkjc.get(i), "name") : "";
                out.add(name.isEmpty() ? k : k.named(name, naming.physical(name)));
            }
            return out;
        }
        List<ResolvedAttribute> all = entity.allAttributes();
        Optional<ResolvedAttribute> mapsId = all.stream().filter(a -> a.mapsId() != null && a.kind().toOne()).findFirst();
        Map<String, ResolvedAttribute> derived = new HashMap<>();
        for (ResolvedAttribute a : all) {
            if (a.mapsId() != null && a.kind().toOne() && !a.mapsId().isEmpty()) {
                derived.put(a.mapsId(), a);
            }
        }
        List<KeyColumn> out = new ArrayList<>();
        for (ResolvedAttribute a : all) {
            if (a.compositeId()) {
                embeddedKeys(a.embedded(), a.overrides(), "", derived, out);
            } else if (a.id() && a.kind().toOne()) {
                out.addAll(joinKeys(a));
            } else if (a.id()) {
                if (mapsId.isPresent() && mapsId.get().mapsId().isEmpty()) {
                    out.addAll(joinKeys(mapsId.get()));
                    continue;
                }
                String logical = a.columnName(null);
                key(a, a.column(), logical).ifPresent(out::add);
            }
        }
        return out;
    }

    private void embeddedKeys(List<ResolvedAttribute> attributes, Map<String, AnnotationMirror> overrides,
                              String prefix, Map<String, ResolvedAttribute> derived, List<KeyColumn> out) {
        for (ResolvedAttribute a : attributes) {
            String path = prefix + a.name();
            if (derived.containsKey(path)) {
                out.addAll(joinKeys(derived.get(path))); // @MapsId("path"): the relationship's join columns
                continue;
            }
            if (EntityResolver.isEmbeddable(a.typeElement())) {
                embeddedKeys(a.embedded(), overrides, path + ".", derived, out);
                continue;
            }
            AnnotationMirror override = overrides.get(path);
            String logical = a.columnName(override);
            key(a, override != null ? Optional.of(override) : a.column(), logical).ifPresent(out::add);
        }
    }

    /**
     * A basic key column: of its {@code columnDefinition} as written when it has one (Hibernate writes it so, for an id
     * as for any column, and a foreign key to it takes the same definition), else of the mapped type; its place in
     * Hibernate's column order is the mapped type's either way.
     */
    private Optional<KeyColumn> key(ResolvedAttribute a, Optional<AnnotationMirror> column, String logical) {
        String definition = column.map(c -> Ann.string(c, "columnDefinition")).orElse("");
        int length = column.map(c -> Ann.integer(c, "length")).orElse(255);
        return typeMapper.map(a.type(), a.element(), column).map(t -> new KeyColumn(logical, naming.physical(logical),
                definition.isEmpty() ? t.sql() : SqlType.raw(definition), HibernateColumnOrder.size(t.sql(), length)));
    }

    /** The key columns a {@code @ManyToOne}/{@code @OneToOne} creates in its own table. */
    List<KeyColumn> joinKeys(ResolvedAttribute relation) {
        if (relation.targetEntity() == null) {
            return List.of();
        }
        List<KeyColumn> targetKeys = keys(relation.targetEntity());
        List<KeyColumn> out = new ArrayList<>();
        for (int i = 0; i < targetKeys.size(); i++) {
            KeyColumn k = targetKeys.get(i);
            AnnotationMirror jc = Relations.joinColumnFor(relation.joinColumns(), k, i);
            String name = jc == null ? "" : Ann.string(jc, "name");
            String logical = name.isEmpty() ? relation.name() + "_" + k.logical() : name;
            out.add(k.named(logical, naming.physical(logical)));
        }
        return out;
    }
}
