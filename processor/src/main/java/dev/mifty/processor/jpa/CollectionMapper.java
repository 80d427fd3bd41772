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

    private static final String COLLECTION_ID = "org.hibernate.annotations.CollectionId";

    private final EntityResolver resolver;
    private final PhysicalNames naming;
    private final HibernateLine line;
    private final KeyResolver keys;
    private final TypeMapper typeMapper;
    private final SoftDeletes softDeletes;
    private final ColumnMapper columns;
    private final Diagnostics diagnostics;

    CollectionMapper(EntityResolver resolver, KeyResolver keys, TypeMapper typeMapper, ColumnMapper columns,
                     Diagnostics diagnostics) {
        this.resolver = resolver;
        this.naming = resolver.naming;
        this.line = resolver.line;
        this.keys = keys;
        this.typeMapper = typeMapper;
        this.softDeletes = new SoftDeletes(resolver.naming, typeMapper, diagnostics);
        this.columns = columns;
        this.diagnostics = diagnostics;
    }

    void map(Scope scope, ResolvedAttribute a, MappingOutput out) {
        ResolvedAttribute.Kind kind = a.kind();
        String entityLabel = scope.entity().label;
        if (!Relations.isCollectionOrMap(resolver.types, a.type())) {
            diagnostics.error(a.element(), MappingErrors.UNMAPPED_TYPE,
                    MappingErrors.unmappedType(entityLabel, a.name(), a.type().toString()));
            return;
        }
        if (!keyInOwnTable(scope, a)) {
            return;
        }
        if (kind == ResolvedAttribute.Kind.ELEMENT_COLLECTION) {
            elementCollection(scope, a, out);
            return;
        }
        ResolvedEntity target = a.targetEntity();
        if (target == null) {
            diagnostics.error(a.element(), MappingErrors.NOT_AN_ENTITY, MappingErrors.notAnEntity(entityLabel, a.name(),
                    "@" + kind.annotation, a.target() == null ? a.type().toString() : a.target().getSimpleName().toString()));
            return;
        }
        if (!a.owning()) {
            orderColumnInTarget(a, target, out);
            return;
        }
        List<AnnotationMirror> joinColumns = a.joinColumns();
        if (kind == ResolvedAttribute.Kind.ONE_TO_MANY && !joinColumns.isEmpty()) {
            foreignKeyInTarget(scope, a, target, joinColumns, out);
            return;
        }
        joinTable(scope, a, kind, target, out);
    }

    /**
     * Hibernate's {@code CollectionBinder}: a {@code @OneToMany}'s or {@code @ElementCollection}'s join column that names
     * a table other than the owner's ({@code AnnotatedJoinColumns.isSecondary}) is refused. False after that error.
     */
    private boolean keyInOwnTable(Scope scope, ResolvedAttribute a) {
        if (a.kind() != ResolvedAttribute.Kind.ONE_TO_MANY && a.kind() != ResolvedAttribute.Kind.ELEMENT_COLLECTION) {
            return true;
        }
        String own = scope.table().name.name();
        Optional<String> other = a.joinColumns().stream().map(jc -> Ann.string(jc, "table"))
                .filter(t -> !t.isEmpty() && !t.equalsIgnoreCase(own)).findFirst();
        other.ifPresent(t -> diagnostics.error(a.element(), MappingErrors.COLLECTION_KEY_TABLE,
                MappingErrors.collectionKeyInOtherTable(a.label(), t, own)));
        return other.isEmpty();
    }

    private void joinTable(Scope scope, ResolvedAttribute a, ResolvedAttribute.Kind kind, ResolvedEntity target,
                           MappingOutput out) {
        ResolvedEntity owner = scope.entity();
        Optional<AnnotationMirror> jt = Ann.find(a.element(), "JoinTable");
        QualifiedName ownerTable = owner.table();
        QualifiedName targetTable = target.table();
        String logical = jt.map(t -> Ann.string(t, "name")).filter(s -> !s.isEmpty()).orElse(
                naming.option() == Naming.SNAKE_CASE ? ownerTable.name() + "_" + a.name()
                        : ownerTable.name() + "_" + targetTable.name());
        String schema = jt.map(t -> Ann.string(t, "schema")).filter(s -> !s.isEmpty()).map(naming::physical)
                .orElse(null);
        QualifiedName name = new QualifiedName(schema, naming.physical(logical));
        if (!columns.validIdentifier(a.element(), "join table", logical, name.name())) {
            return;
        }
        TableBuilder t = new TableBuilder(name, a.element(), a.label());
        Scope inner = Scope.of(t, owner, false);
        String inverse = inverseAttribute(target, a.name());
        List<String> ownerCols = keyColumns(inner, a, keys.keys(owner),
                jt.map(x -> Ann.annotations(x, "joinColumns")).orElse(List.of()),
                (inverse != null ? inverse : owner.entityName) + "_");
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
        if (!noConstraint(jt, "foreignKey") && !owner.subselect) {
            List<String> ownerKey = keys.keys(owner).stream().map(KeyColumn::physical).toList();
            t.foreignKey(ownerCols, ownerTable, ownerKey, definedOnDelete(a, jt, "foreignKey",
                    line.onDeleteOnJoinTable() ? ColumnMapper.onDelete(a.element()) : null, ownerCols, ownerTable, ownerKey));
        }
        // Hibernate's @NotFound leaves out the target's foreign key (the rows may point at missing targets)
        if (target.hasForeignKeyTarget() && !noConstraint(jt, "inverseForeignKey")
                && !a.has("org.hibernate.annotations.NotFound")) {
            List<String> targetKey = keys.keys(target).stream().map(KeyColumn::physical).toList();
            t.foreignKey(targetCols, targetTable, targetKey, definedOnDelete(a, jt, "inverseForeignKey", null,
                    targetCols, targetTable, targetKey));
        }
        EntityMapper.tableMembers(t, jt);
        if (!EntityMapper.joinTableConstraints(t, jt, naming)) {
            diagnostics.warning(a.element(), MappingErrors.NOT_MAPPED, MappingErrors.notMapped(a.label(),
                    "@JoinTable(uniqueConstraints/indexes = ...) naming a column the join table does not have"));
        }
        if (kind == ResolvedAttribute.Kind.ONE_TO_MANY && index.isEmpty() && line.oneToManyJoinTableKeyedByElement()
                && Relations.isSubtype(resolver.types, a.type(), "java.util.Set")) {
            t.primaryKey(targetCols); // each target row belongs to one owner
        } else {
            primaryKey(t, a, ownerCols, targetCols, index);
            if (kind == ResolvedAttribute.Kind.ONE_TO_MANY) {
                t.unique(targetCols, null);
            }
        }
        Ann.find(a.element(), SoftDeletes.SOFT_DELETE).ifPresent(sd -> softDeletes.add(t, sd, a.element(), a.label()));
        out.tables.add(t);
    }

    /** A unidirectional {@code @OneToMany @JoinColumn}: the key column lives in the target's table. */
    private void foreignKeyInTarget(Scope scope, ResolvedAttribute a, ResolvedEntity target,
                                    List<AnnotationMirror> joinColumns, MappingOutput out) {
        List<KeyColumn> ownerKeys = keys.keys(scope.entity());
        List<Column> cols = new ArrayList<>();
        List<SchemaMembers.Check> checks = new ArrayList<>();
        for (int i = 0; i < ownerKeys.size(); i++) {
            KeyColumn k = ownerKeys.get(i);
            AnnotationMirror jc = Relations.joinColumnFor(joinColumns, k, i);
            String name = jc == null ? "" : Ann.string(jc, "name");
            String logical = name.isEmpty() ? a.name() + "_" + k.logical() : name;
            String physical = naming.physical(logical);
            if (!columns.validIdentifier(a.element(), "join column", logical, physical)) {
                return;
            }
            boolean nullable = jc == null || Ann.bool(jc, "nullable");
            Optional<AnnotationMirror> declared = Optional.ofNullable(jc);
            cols.add(Column.of(physical, k.type(), nullable).withOrigin(a.label())
                    .withComment(SchemaMembers.comment(declared)).withOptions(SchemaMembers.options(declared)));
            checks.addAll(SchemaMembers.checks(declared)); // 3.2 check: on the target's table, as 7.2 and 7.4 do
        }
        List<String> ownerKey = ownerKeys.stream().map(KeyColumn::physical).toList();
        if (scope.entity().subselect) {
            ownerKey = List.of(); // the columns only: no foreign key to an entity without a table
        }
        out.foreignColumns.add(new MappingOutput.ForeignColumn(target.table(), cols, scope.entity().table(), ownerKey,
                a.element(), a.label(), null, columns.foreignKeyDefinitions.onDelete(a.element(), a.label(),
                        ColumnMapper.foreignKey(a), ColumnMapper.onDelete(a.element()),
                        cols.stream().map(Column::name).toList(), scope.entity().table(), ownerKey), checks));
    }

    /**
     * Hibernate 7.4 orders a {@code Set}'s element columns by their JDBC type ({@link
     * HibernateLine#elementSetColumnsSizedByJdbcType}): a {@code float8} ({@code Double}) is 8 bytes there; the columns
     * from the first LOB on are left as they are.
     */
    private static void sizedByJdbcType(TableBuilder t, List<String> elementColumns) {
        for (String c : elementColumns) {
            String type = t.column(c).type().name();
            if (type.equals("oid")) {
                return;
            }
            if (type.equals("float8")) {
                t.resize(c, 8);
            }
        }
    }

    /** The on-delete action of a join or collection table's key, its {@code foreignKeyDefinition} read. */
    private dev.mifty.schema.model.ReferentialAction definedOnDelete(ResolvedAttribute a, Optional<AnnotationMirror> table,
            String member, dev.mifty.schema.model.ReferentialAction declared, List<String> cols, QualifiedName target,
            List<String> targetCols) {
        return columns.foreignKeyDefinitions.onDelete(a.element(), a.label(),
                table.map(x -> Ann.annotation(x, member)).orElse(null), declared, cols, target, targetCols);
    }

    /** {@code @JoinTable(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))} and the like. */
    private static boolean noConstraint(Optional<AnnotationMirror> table, String member) {
        return table.map(t -> Ann.annotation(t, member))
                .map(fk -> Ann.enumName(fk, "value").equals("NO_CONSTRAINT")).orElse(false);
    }

    /** An {@code @OrderColumn} on a {@code mappedBy} one-to-many: Hibernate adds it to the target's table. */
    private void orderColumnInTarget(ResolvedAttribute a, ResolvedEntity target, MappingOutput out) {
        Optional<AnnotationMirror> order = Ann.find(a.element(), "OrderColumn");
        if (order.isEmpty()) {
            return;
        }
        String logical = Ann.string(order.get(), "name");
        logical = logical.isEmpty() ? a.name() + "_ORDER" : logical;
        String physical = naming.physical(logical);
        if (!columns.validIdentifier(a.element(), "column", logical, physical)) {
            return;
        }
        Column col = Column.of(physical, SqlType.of("int4"), true).withOrigin(a.label());
        out.foreignColumns.add(new MappingOutput.ForeignColumn(target.table(), List.of(col), null, List.of(),
                a.element(), a.label(), line.orderColumnCheck() ? orderCheck(physical) : null));
    }

    /** The attribute of {@code target} whose {@code mappedBy} names {@code attribute}, or null. */
    private static String inverseAttribute(ResolvedEntity target, String attribute) {
        for (ResolvedAttribute b : target.allAttributes()) {
            if (b.kind().relation() && b.kind() != ResolvedAttribute.Kind.ELEMENT_COLLECTION
                    && b.mappedBy().equals(attribute)) {
                return b.name();
            }
        }
        return null;
    }

    private void elementCollection(Scope scope, ResolvedAttribute a, MappingOutput out) {
        ResolvedEntity owner = scope.entity();
        TypeElement elementType = a.target();
        Optional<AnnotationMirror> ct = Ann.find(a.element(), "CollectionTable");
        String logical = ct.map(t -> Ann.string(t, "name")).filter(s -> !s.isEmpty())
                .orElse(owner.entityName + "_" + a.name());
        String schema = ct.map(t -> Ann.string(t, "schema")).filter(s -> !s.isEmpty()).map(naming::physical)
                .orElse(null);
        QualifiedName name = new QualifiedName(schema, naming.physical(logical));
        if (!columns.validIdentifier(a.element(), "collection table", logical, name.name())) {
            return;
        }
        TableBuilder t = new TableBuilder(name, a.element(), a.label());
        Scope inner = Scope.of(t, owner, false);
        List<String> ownerCols = keyColumns(inner, a, keys.keys(owner),
                ct.map(x -> Ann.annotations(x, "joinColumns")).orElse(List.of()), owner.entityName + "_");
        if (ownerCols == null) {
            return;
        }
        List<String> index = indexColumn(inner, a);
        if (index == null) {
            return;
        }
        TypeMirror valueType = Relations.elementType(a.type());
        if (valueType == null || (Relations.isMap(resolver.types, a.type())
                && Relations.mapKeyType(resolver.types, a.type()) == null)) {
            diagnostics.error(a.element(), MappingErrors.UNMAPPED_TYPE, MappingErrors.unmappedType(
                    scope.entity().label, a.name(), a.type() + " (a raw collection type)"));
            return;
        }
        List<String> valueCols = new ArrayList<>();
        int before = t.entries().size();
        if (StructMapper.isStruct(elementType)) {
            // Hibernate stores each element as one value of the composite type: not measured, so not guessed
            diagnostics.error(a.element(), MappingErrors.UNSUPPORTED, MappingErrors.unsupported(a.label(),
                    "an @ElementCollection of a @Struct embeddable (" + elementType.getSimpleName() + ")"));
            return;
        }
        if (EntityResolver.isEmbeddable(elementType)) {
            Scope embedded = new Scope(t, owner, true, false, a.overrides().entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(e -> e.getKey().startsWith("value.")
                            ? e.getKey().substring(6) : e.getKey(), java.util.Map.Entry::getValue)), "", null);
            for (ResolvedAttribute b : a.embedded()) {
                columns.map(embedded, b, out);
            }
        } else if (EntityResolver.isEntity(elementType)) {
            diagnostics.error(a.element(), MappingErrors.NOT_AN_ENTITY, scope.entity().label + "." + a.name()
                    + " is an @ElementCollection of the entity " + elementType.getSimpleName()
                    + ": use @OneToMany or @ManyToMany for entities, @ElementCollection for basic values and embeddables");
            return;
        } else {
            columns.basic(inner, a.asBasicValue(valueType, resolver.element(valueType)), out);
        }
        List<String> all = new ArrayList<>(t.entries().keySet());
        valueCols.addAll(all.subList(before, all.size()));
        if (line.elementSetColumnsSizedByJdbcType() && Relations.isSubtype(resolver.types, a.type(), "java.util.Set")
                && ct.map(x -> Ann.annotations(x, "uniqueConstraints").isEmpty()).orElse(true)) {
            sizedByJdbcType(t, valueCols);
        }
        if (!noConstraint(ct, "foreignKey") && !owner.subselect) {
            List<String> ownerKey = keys.keys(owner).stream().map(KeyColumn::physical).toList();
            t.foreignKey(ownerCols, owner.table(), ownerKey, definedOnDelete(a, ct, "foreignKey",
                    ColumnMapper.onDelete(a.element()), ownerCols, owner.table(), ownerKey));
        }
        List<String> bagId = collectionId(inner, a, out);
        if (bagId == null) {
            return;
        }
        if (bagId.isEmpty()) {
            primaryKey(t, a, ownerCols, valueCols, index);
        } else {
            t.primaryKey(bagId); // an id bag: Hibernate keys the table by its collection id alone
        }
        Ann.find(a.element(), SoftDeletes.SOFT_DELETE).ifPresent(sd -> softDeletes.add(t, sd, a.element(), a.label()));
        EntityMapper.tableMembers(t, ct);
        if (!EntityMapper.joinTableConstraints(t, ct, naming)) {
            diagnostics.warning(a.element(), MappingErrors.NOT_MAPPED, MappingErrors.notMapped(a.label(),
                    "@CollectionTable(uniqueConstraints/indexes = ...) naming a column the collection table does not have"));
        }
        out.tables.add(t);
    }

    /**
     * Hibernate's {@code @CollectionId} (an "id bag"): a NOT NULL id column of the type
     * {@code @CollectionIdJavaType}/{@code @CollectionIdJdbcTypeCode} gives (else {@code bigint}), and the
     * sequence of its generator. Empty without one, null after an error.
     */
    private List<String> collectionId(Scope scope, ResolvedAttribute a, MappingOutput out) {
        Optional<AnnotationMirror> id = Ann.find(a.element(), COLLECTION_ID);
        if (id.isEmpty()) {
            return List.of();
        }
        AnnotationMirror column = Ann.annotation(id.get(), "column");
        String logical = column == null || Ann.string(column, "name").isEmpty() ? "id" : Ann.string(column, "name");
        List<String> added = addIndex(scope, a, logical, collectionIdType(a));
        if (added != null) {
            new Generators(resolver).collectionIdSequence(scope.entity(), a, Ann.string(id.get(), "generator"), out);
        }
        return added;
    }

    private static SqlType collectionIdType(ResolvedAttribute a) {
        Optional<AnnotationMirror> javaType = Ann.find(a.element(), "org.hibernate.annotations.CollectionIdJavaType");
        if (javaType.isPresent()) {
            String name = String.valueOf(Ann.type(javaType.get(), "value"));
            return switch (name.substring(name.lastIndexOf('.') + 1)) {
                case "IntegerJavaType" -> SqlType.of("int4");
                case "ShortJavaType" -> SqlType.of("int2");
                case "UUIDJavaType" -> SqlType.of("uuid");
                case "StringJavaType" -> SqlType.varchar(255);
                default -> SqlType.of("int8");
            };
        }
        Optional<AnnotationMirror> code = Ann.find(a.element(), "org.hibernate.annotations.CollectionIdJdbcTypeCode");
        if (code.isPresent()) {
            int value = Ann.integer(code.get(), "value");
            return value == TypeMapper.SQL_TYPES_UUID ? SqlType.of("uuid")
                    : SqlType.of(TypeMapper.INTEGER_CODES.getOrDefault(value, "int8"));
        }
        return SqlType.of("int8");
    }

    /** Hibernate's key: set -> owner + elements, list/map with index -> owner + index, bag -> none. */
    private void primaryKey(TableBuilder t, ResolvedAttribute a, List<String> ownerCols, List<String> elementCols,
                            List<String> index) {
        List<String> pk = new ArrayList<>(ownerCols);
        if (!index.isEmpty()) {
            pk.addAll(index);
        } else if (Relations.isSubtype(resolver.types, a.type(), "java.util.Set")
                && elementCols.stream().noneMatch(c -> t.column(c).nullable())) {
            pk.addAll(elementCols); // Hibernate keys a set only when no element column is nullable
        } else {
            if (Relations.isSubtype(resolver.types, a.type(), "java.util.Set") && line.elementSetUnique()) {
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
    private List<String> indexColumn(Scope scope, ResolvedAttribute a) {
        Optional<AnnotationMirror> order = Ann.find(a.element(), "OrderColumn");
        if (order.isPresent()) {
            String logical = Ann.string(order.get(), "name");
            logical = logical.isEmpty() ? a.name() + "_ORDER" : logical;
            List<String> added = addIndex(scope, a, logical, SqlType.of("int4"));
            if (added != null && line.orderColumnCheck()) {
                scope.table().check(added.get(0), orderCheck(added.get(0)));
            }
            return added;
        }
        TypeMirror keyType = Relations.mapKeyType(resolver.types, a.type());
        if (keyType == null) {
            return List.of();
        }
        TypeElement keyEntity = resolver.element(keyType);
        if (EntityResolver.isEntity(keyEntity)) {
            return entityMapKey(scope, a, resolver.entity(keyEntity));
        }
        Optional<AnnotationMirror> mkc = Ann.find(a.element(), "MapKeyColumn");
        String logical = mkc.map(m -> Ann.string(m, "name")).filter(s -> !s.isEmpty()).orElse(a.name() + "_KEY");
        Optional<BasicType> type = typeMapper.mapKey(keyType, a.element());
        if (type.isEmpty()) {
            diagnostics.error(a.element(), MappingErrors.UNMAPPED_TYPE, MappingErrors.unmappedType(
                    scope.entity().label, a.name(), "map key " + keyType));
            return null;
        }
        List<String> added = addIndex(scope, a, logical, type.get().sql());
        if (added != null && type.get().checkExpression(added.get(0)) != null) {
            scope.table().check(added.get(0), type.get().checkExpression(added.get(0)));
        }
        return added;
    }

    /** Hibernate 7.3+'s check on an {@code @OrderColumn} ({@link HibernateLine#orderColumnCheck}). */
    private static String orderCheck(String column) {
        return column + " >= 0";
    }

    /** A map keyed by an entity: {@code @MapKeyJoinColumn} columns referencing its key, with a foreign key. */
    private List<String> entityMapKey(Scope scope, ResolvedAttribute a, ResolvedEntity keyEntity) {
        List<KeyColumn> refKeys = keys.keys(keyEntity);
        List<AnnotationMirror> joinColumns = Ann.repeated(a.element(), "MapKeyJoinColumn", "MapKeyJoinColumns");
        List<String> cols = refKeys.size() == 1 && (joinColumns.isEmpty() || Ann.string(joinColumns.get(0), "name").isEmpty())
                ? addIndex(scope, a, a.name() + "_KEY", refKeys.get(0).type())
                : keyColumns(scope, a, refKeys, joinColumns, a.name() + "_KEY_");
        if (cols != null) {
            if (keyEntity.hasForeignKeyTarget()) {
                scope.table().foreignKey(cols, keyEntity.table(), refKeys.stream().map(KeyColumn::physical).toList());
            }
        }
        return cols;
    }

    private List<String> addIndex(Scope scope, ResolvedAttribute a, String logical, SqlType type) {
        String physical = naming.physical(logical);
        if (!columns.validIdentifier(a.element(), "column", logical, physical)) {
            return null;
        }
        Column col = Column.of(physical, type, false).withOrigin(a.label());
        return columns.add(scope, col, a, false, logical) ? List.of(physical) : null;
    }

    /** Adds the key columns referencing {@code refKeys}; null after an error. */
    private List<String> keyColumns(Scope scope, ResolvedAttribute a, List<KeyColumn> refKeys,
                                    List<AnnotationMirror> joinColumns, String implicitPrefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < refKeys.size(); i++) {
            KeyColumn k = refKeys.get(i);
            AnnotationMirror jc = Relations.joinColumnFor(joinColumns, k, i);
            String name = jc == null ? "" : Ann.string(jc, "name");
            String logical = name.isEmpty() ? implicitPrefix + k.logical() : name;
            String physical = naming.physical(logical);
            if (!columns.validIdentifier(a.element(), "join column", logical, physical)) {
                return null;
            }
            Optional<AnnotationMirror> declared = Optional.ofNullable(jc);
            Column column = Column.of(physical, k.type(), false).withOrigin(a.label())
                    .withComment(SchemaMembers.comment(declared)).withOptions(SchemaMembers.options(declared));
            if (!columns.add(scope, column, a, false, k.size(), naming.hibernateName(logical))) {
                return null;
            }
            ColumnMapper.checks(scope, declared);
            out.add(physical);
        }
        return out;
    }
}
