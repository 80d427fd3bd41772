package dev.mifty.processor.jpa;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** {@code @OneToMany}, {@code @ManyToMany} and {@code @ElementCollection}: join and collection tables. */
final class CollectionMapper {

    private final EntityCatalog catalog;
    private final KeyResolver keys;
    private final TypeMapper typeMapper;
    private final SoftDeletes softDeletes;
    private final ColumnMapper columns;
    private final Diagnostics diagnostics;

    CollectionMapper(EntityCatalog catalog, KeyResolver keys, TypeMapper typeMapper, ColumnMapper columns,
                     Diagnostics diagnostics) {
        this.catalog = catalog;
        this.keys = keys;
        this.typeMapper = typeMapper;
        this.softDeletes = new SoftDeletes(catalog, typeMapper, diagnostics);
        this.columns = columns;
        this.diagnostics = diagnostics;
    }

    void map(Scope scope, Attribute a, MappingOutput out) {
        String kind = Relations.kind(a);
        AnnotationMirror relation = Ann.find(a.element(), kind).get();
        String entityLabel = scope.entity().getSimpleName().toString();
        if (!Relations.isCollectionOrMap(catalog, a.type())) {
            diagnostics.error(a.element(), MappingErrors.UNMAPPED_TYPE,
                    MappingErrors.unmappedType(entityLabel, a.name(), a.type().toString()));
            return;
        }
        TypeElement target = Relations.target(catalog, a);
        if (kind.equals("ElementCollection")) {
            elementCollection(scope, a, target, out);
            return;
        }
        if (target == null || !EntityCatalog.isEntity(target)) {
            diagnostics.error(a.element(), MappingErrors.NOT_AN_ENTITY, MappingErrors.notAnEntity(entityLabel, a.name(),
                    "@" + kind, target == null ? a.type().toString() : target.getSimpleName().toString()));
            return;
        }
        if (!Ann.string(relation, "mappedBy").isEmpty()) {
            orderColumnInTarget(a, target, out);
            return;
        }
        List<AnnotationMirror> joinColumns = Ann.repeated(a.element(), "JoinColumn", "JoinColumns");
        if (kind.equals("OneToMany") && !joinColumns.isEmpty()) {
            foreignKeyInTarget(scope, a, target, joinColumns, out);
            return;
        }
        joinTable(scope, a, kind, target, out);
    }

    private void joinTable(Scope scope, Attribute a, String kind, TypeElement target, MappingOutput out) {
        TypeElement owner = scope.entity();
        Optional<AnnotationMirror> jt = Ann.find(a.element(), "JoinTable");
        QualifiedName ownerTable = catalog.table(owner);
        QualifiedName targetTable = catalog.table(target);
        String logical = jt.map(t -> Ann.string(t, "name")).filter(s -> !s.isEmpty()).orElse(
                catalog.naming.option() == Naming.SNAKE_CASE ? ownerTable.name() + "_" + a.name()
                        : ownerTable.name() + "_" + targetTable.name());
        String schema = jt.map(t -> Ann.string(t, "schema")).filter(s -> !s.isEmpty()).map(catalog.naming::physical)
                .orElse(null);
        QualifiedName name = new QualifiedName(schema, catalog.naming.physical(logical));
        if (!columns.validIdentifier(a.element(), "join table", logical, name.name())) {
            return;
        }
        TableBuilder t = new TableBuilder(name, a.element(), a.label());
        Scope inner = Scope.of(t, owner, false);
        String inverse = inverseAttribute(target, owner, a.name());
        List<String> ownerCols = keyColumns(inner, a, keys.keys(owner),
                jt.map(x -> Ann.annotations(x, "joinColumns")).orElse(List.of()),
                (inverse != null ? inverse : catalog.entityName(owner)) + "_");
        List<String> targetCols = keyColumns(inner, a, keys.keys(target),
                jt.map(x -> Ann.annotations(x, "inverseJoinColumns")).orElse(List.of()), a.name() + "_");
        if (ownerCols == null || targetCols == null) {
            return;
        }
        List<String> index = indexColumn(inner, a);
        if (index == null) {
            return;
        }
        // Hibernate 6.6 ignores @OnDelete on a join table's keys; 7 applies it to the owner's (UnseenModelsOracleTest)
        if (!noConstraint(jt, "foreignKey")) {
            t.foreignKey(ownerCols, ownerTable, keys.keys(owner).stream().map(KeyColumn::physical).toList(),
                    catalog.line.onDeleteOnJoinTable() ? ColumnMapper.onDelete(a.element()) : null);
        }
        if (catalog.hasForeignKeyTarget(target) && !noConstraint(jt, "inverseForeignKey")) {
            t.foreignKey(targetCols, targetTable, keys.keys(target).stream().map(KeyColumn::physical).toList());
        }
        if (kind.equals("OneToMany") && index.isEmpty() && catalog.line.oneToManyJoinTableKeyedByElement()
                && Relations.isSubtype(catalog, a.type(), "java.util.Set")) {
            t.primaryKey(targetCols); // each target row belongs to one owner
        } else {
            primaryKey(t, a, ownerCols, targetCols, index);
            if (kind.equals("OneToMany")) {
                t.unique(targetCols, null);
            }
        }
        Ann.find(a.element(), SoftDeletes.SOFT_DELETE).ifPresent(sd -> softDeletes.add(t, sd, a.element(), a.label()));
        out.tables.add(t);
    }

    /** A unidirectional {@code @OneToMany @JoinColumn}: the key column lives in the target's table. */
    private void foreignKeyInTarget(Scope scope, Attribute a, TypeElement target, List<AnnotationMirror> joinColumns,
                                    MappingOutput out) {
        List<KeyColumn> ownerKeys = keys.keys(scope.entity());
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < ownerKeys.size(); i++) {
            KeyColumn k = ownerKeys.get(i);
            AnnotationMirror jc = Relations.joinColumnFor(joinColumns, k, i);
            String name = jc == null ? "" : Ann.string(jc, "name");
            String logical = name.isEmpty() ? a.name() + "_" + k.logical() : name;
            String physical = catalog.naming.physical(logical);
            if (!columns.validIdentifier(a.element(), "join column", logical, physical)) {
                return;
            }
            boolean nullable = jc == null || Ann.bool(jc, "nullable");
            cols.add(Column.of(physical, k.type(), nullable).withOrigin(a.label()));
        }
        out.foreignColumns.add(new MappingOutput.ForeignColumn(catalog.table(target), cols,
                catalog.table(scope.entity()), ownerKeys.stream().map(KeyColumn::physical).toList(), a.element(),
                a.label()));
    }

    /** {@code @JoinTable(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))} and the like. */
    private static boolean noConstraint(Optional<AnnotationMirror> table, String member) {
        return table.map(t -> Ann.annotation(t, member))
                .map(fk -> Ann.enumName(fk, "value").equals("NO_CONSTRAINT")).orElse(false);
    }

    /** An {@code @OrderColumn} on a {@code mappedBy} one-to-many: Hibernate adds it to the target's table. */
    private void orderColumnInTarget(Attribute a, TypeElement target, MappingOutput out) {
        Optional<AnnotationMirror> order = Ann.find(a.element(), "OrderColumn");
        if (order.isEmpty()) {
            return;
        }
        String logical = Ann.string(order.get(), "name");
        logical = logical.isEmpty() ? a.name() + "_ORDER" : logical;
        String physical = catalog.naming.physical(logical);
        if (!columns.validIdentifier(a.element(), "column", logical, physical)) {
            return;
        }
        Column col = Column.of(physical, SqlType.of("int4"), true).withOrigin(a.label());
        out.foreignColumns.add(new MappingOutput.ForeignColumn(catalog.table(target), List.of(col), null, List.of(),
                a.element(), a.label(), catalog.line.orderColumnCheck() ? orderCheck(physical) : null));
    }

    /** The attribute of {@code target} whose {@code mappedBy} names {@code attribute}, or null. */
    private String inverseAttribute(TypeElement target, TypeElement owner, String attribute) {
        for (Attribute b : catalog.allAttributes(target)) {
            String kind = Relations.kind(b);
            if (kind != null && !kind.equals("ElementCollection")) {
                String mappedBy = Ann.string(Ann.find(b.element(), kind).get(), "mappedBy");
                if (mappedBy.equals(attribute)) {
                    return b.name();
                }
            }
        }
        return null;
    }

    private void elementCollection(Scope scope, Attribute a, TypeElement elementType, MappingOutput out) {
        TypeElement owner = scope.entity();
        Optional<AnnotationMirror> ct = Ann.find(a.element(), "CollectionTable");
        String logical = ct.map(t -> Ann.string(t, "name")).filter(s -> !s.isEmpty())
                .orElse(catalog.entityName(owner) + "_" + a.name());
        String schema = ct.map(t -> Ann.string(t, "schema")).filter(s -> !s.isEmpty()).map(catalog.naming::physical)
                .orElse(null);
        QualifiedName name = new QualifiedName(schema, catalog.naming.physical(logical));
        if (!columns.validIdentifier(a.element(), "collection table", logical, name.name())) {
            return;
        }
        TableBuilder t = new TableBuilder(name, a.element(), a.label());
        Scope inner = Scope.of(t, owner, false);
        List<String> ownerCols = keyColumns(inner, a, keys.keys(owner),
                ct.map(x -> Ann.annotations(x, "joinColumns")).orElse(List.of()), catalog.entityName(owner) + "_");
        if (ownerCols == null) {
            return;
        }
        List<String> index = indexColumn(inner, a);
        if (index == null) {
            return;
        }
        TypeMirror valueType = Relations.elementType(catalog, a.type());
        if (valueType == null || (Relations.isMap(catalog, a.type()) && Relations.mapKeyType(catalog, a.type()) == null)) {
            diagnostics.error(a.element(), MappingErrors.UNMAPPED_TYPE, MappingErrors.unmappedType(
                    scope.entity().getSimpleName().toString(), a.name(), a.type() + " (a raw collection type)"));
            return;
        }
        List<String> valueCols = new ArrayList<>();
        int before = t.entries().size();
        if (elementType != null && EntityCatalog.isEmbeddable(elementType)) {
            Scope embedded = new Scope(t, owner, true, false, KeyResolver.overrides(a).entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(e -> e.getKey().startsWith("value.")
                            ? e.getKey().substring(6) : e.getKey(), java.util.Map.Entry::getValue)), "", null);
            for (Attribute b : catalog.embeddableAttributes(elementType, owner, valueType)) {
                columns.map(embedded, b, out);
            }
        } else if (elementType != null && EntityCatalog.isEntity(elementType)) {
            diagnostics.error(a.element(), MappingErrors.NOT_AN_ENTITY, scope.entity().getSimpleName() + "." + a.name()
                    + " is an @ElementCollection of the entity " + elementType.getSimpleName()
                    + ": use @OneToMany or @ManyToMany for entities, @ElementCollection for basic values and embeddables");
            return;
        } else {
            columns.basic(inner, new Attribute(a.name(), a.element(), valueType, a.owner()), out);
        }
        List<String> all = new ArrayList<>(t.entries().keySet());
        valueCols.addAll(all.subList(before, all.size()));
        if (!noConstraint(ct, "foreignKey")) {
            t.foreignKey(ownerCols, catalog.table(owner), keys.keys(owner).stream().map(KeyColumn::physical).toList(),
                    ColumnMapper.onDelete(a.element()));
        }
        primaryKey(t, a, ownerCols, valueCols, index);
        Ann.find(a.element(), SoftDeletes.SOFT_DELETE).ifPresent(sd -> softDeletes.add(t, sd, a.element(), a.label()));
        out.tables.add(t);
    }

    /** Hibernate's key: set -> owner + elements, list/map with index -> owner + index, bag -> none. */
    private void primaryKey(TableBuilder t, Attribute a, List<String> ownerCols, List<String> elementCols,
                            List<String> index) {
        List<String> pk = new ArrayList<>(ownerCols);
        if (!index.isEmpty()) {
            pk.addAll(index);
        } else if (Relations.isSubtype(catalog, a.type(), "java.util.Set")
                && elementCols.stream().noneMatch(c -> t.column(c).nullable())) {
            pk.addAll(elementCols); // Hibernate keys a set only when no element column is nullable
        } else {
            if (Relations.isSubtype(catalog, a.type(), "java.util.Set") && catalog.line.elementSetUnique()) {
                // owner key first, then the element columns by name (Hibernate's property order)
                List<String> unique = new ArrayList<>(ownerCols);
                unique.addAll(elementCols.stream().sorted().toList());
                t.unique(unique, null);
            }
            return;
        }
        t.primaryKey(pk);
    }

    /** Adds the {@code @OrderColumn} or map key column; returns its names, empty when none, null after an error. */
    private List<String> indexColumn(Scope scope, Attribute a) {
        Optional<AnnotationMirror> order = Ann.find(a.element(), "OrderColumn");
        if (order.isPresent()) {
            String logical = Ann.string(order.get(), "name");
            logical = logical.isEmpty() ? a.name() + "_ORDER" : logical;
            List<String> added = addIndex(scope, a, logical, SqlType.of("int4"));
            if (added != null && catalog.line.orderColumnCheck()) {
                scope.table().check(added.get(0), orderCheck(added.get(0)));
            }
            return added;
        }
        TypeMirror keyType = Relations.mapKeyType(catalog, a.type());
        if (keyType == null) {
            return List.of();
        }
        TypeElement keyEntity = catalog.element(keyType);
        if (EntityCatalog.isEntity(keyEntity)) {
            return entityMapKey(scope, a, keyEntity);
        }
        Optional<AnnotationMirror> mkc = Ann.find(a.element(), "MapKeyColumn");
        String logical = mkc.map(m -> Ann.string(m, "name")).filter(s -> !s.isEmpty()).orElse(a.name() + "_KEY");
        Optional<BasicType> type = typeMapper.mapKey(keyType, a.element());
        if (type.isEmpty()) {
            diagnostics.error(a.element(), MappingErrors.UNMAPPED_TYPE, MappingErrors.unmappedType(
                    scope.entity().getSimpleName().toString(), a.name(), "map key " + keyType));
            return null;
        }
        List<String> added = addIndex(scope, a, logical, type.get().sql());
        if (added != null && type.get().checkExpression(added.get(0)) != null) {
            scope.table().check(added.get(0), type.get().checkExpression(added.get(0)));
        }
        return added;
    }

    /** Hibernate 7.4's check on an {@code @OrderColumn} ({@link HibernateLine#orderColumnCheck}). */
    private static String orderCheck(String column) {
        return column + " >= 0";
    }

    /** A map keyed by an entity: {@code @MapKeyJoinColumn} columns referencing its key, with a foreign key. */
    private List<String> entityMapKey(Scope scope, Attribute a, TypeElement keyEntity) {
        List<KeyColumn> refKeys = keys.keys(keyEntity);
        List<AnnotationMirror> joinColumns = Ann.repeated(a.element(), "MapKeyJoinColumn", "MapKeyJoinColumns");
        List<String> cols = refKeys.size() == 1 && (joinColumns.isEmpty() || Ann.string(joinColumns.get(0), "name").isEmpty())
                ? addIndex(scope, a, a.name() + "_KEY", refKeys.get(0).type())
                : keyColumns(scope, a, refKeys, joinColumns, a.name() + "_KEY_");
        if (cols != null) {
            if (catalog.hasForeignKeyTarget(keyEntity)) {
                scope.table().foreignKey(cols, catalog.table(keyEntity), refKeys.stream().map(KeyColumn::physical).toList());
            }
        }
        return cols;
    }

    private List<String> addIndex(Scope scope, Attribute a, String logical, SqlType type) {
        String physical = catalog.naming.physical(logical);
        if (!columns.validIdentifier(a.element(), "column", logical, physical)) {
            return null;
        }
        Column col = Column.of(physical, type, false).withOrigin(a.label());
        return columns.add(scope, col, a, false, logical) ? List.of(physical) : null;
    }

    /** Adds the key columns referencing {@code refKeys}; null after an error. */
    private List<String> keyColumns(Scope scope, Attribute a, List<KeyColumn> refKeys,
                                    List<AnnotationMirror> joinColumns, String implicitPrefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < refKeys.size(); i++) {
            KeyColumn k = refKeys.get(i);
            AnnotationMirror jc = Relations.joinColumnFor(joinColumns, k, i);
            String name = jc == null ? "" : Ann.string(jc, "name");
            String logical = name.isEmpty() ? implicitPrefix + k.logical() : name;
            String physical = catalog.naming.physical(logical);
            if (!columns.validIdentifier(a.element(), "join column", logical, physical)) {
                return null;
            }
            if (!columns.add(scope, Column.of(physical, k.type(), false).withOrigin(a.label()), a, false, logical)) {
                return null;
            }
            out.add(physical);
        }
        return out;
    }
}
