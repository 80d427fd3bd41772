package dev.mifty.processor.jpa;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identifiers;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Maps an attribute (basic, embedded or to-one) into columns of the scope's table. */
final class ColumnMapper {

    static final String CHECK = "org.hibernate.annotations.Check";
    static final String CHECKS = "org.hibernate.annotations.Checks";
    static final String TENANT_ID = "org.hibernate.annotations.TenantId";
    static final String EMBEDDED_TABLE = "org.hibernate.annotations.EmbeddedTable";
    private static final java.util.regex.Pattern PLAIN_IDENTIFIER = java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*");

    private final EntityResolver resolver;
    private final PhysicalNames naming;
    private final HibernateLine line;
    private final KeyResolver keys;
    private final TypeMapper typeMapper;
    private final Diagnostics diagnostics;
    private CollectionMapper collections;
    private final NotMappedWarnings notMapped;
    private final StructMapper structs;
    final ForeignKeyDefinitions foreignKeyDefinitions;
    /** Set by the reader when javac's tree API is there: evaluates enum converters ({@link ConvertedEnums}). */
    ConvertedEnums convertedEnums;

    ColumnMapper(EntityResolver resolver, KeyResolver keys, TypeMapper typeMapper, Diagnostics diagnostics) {
        this.resolver = resolver;
        this.naming = resolver.naming;
        this.line = resolver.line;
        this.keys = keys;
        this.typeMapper = typeMapper;
        this.diagnostics = diagnostics;
        this.notMapped = new NotMappedWarnings(diagnostics, typeMapper);
        this.structs = new StructMapper(naming, typeMapper, diagnostics);
        this.foreignKeyDefinitions = new ForeignKeyDefinitions(diagnostics);
    }

    void collections(CollectionMapper mapper) {
        this.collections = mapper;
    }

    void map(Scope scope, ResolvedAttribute a, MappingOutput out) {
        notMapped.check(a.element(), a.label());
        if ((a.id() && !a.kind().toOne()) || a.embeddedId()) {
            return; // key columns are added first, by EntityMapper; an @Id @ManyToOne still adds its foreign key
        }
        switch (a.kind()) {
            case EMBEDDED -> {
                if (StructMapper.isStruct(a.typeElement())) {
                    struct(scope, a, out);
                } else {
                    embedded(scope, a, out);
                }
            }
            case BASIC -> basic(scope, a, out);
            case MANY_TO_ONE, ONE_TO_ONE -> toOne(scope, a, out);
            default -> collections.map(scope, a, out);
        }
    }

    /** An embedded {@code @Struct}: one column of a composite type ({@link StructMapper}). */
    private void struct(Scope scope, ResolvedAttribute a, MappingOutput out) {
        Optional<dev.mifty.schema.model.CompositeType> composite = structs.type(scope, a);
        if (composite.isEmpty()) {
            return;
        }
        Column col = structs.column(scope, a, composite.get());
        String logical = scope.columnNaming().apply(a.columnName(scope.override(a.name())));
        if (!validIdentifier(a.element(), "column", logical, col.name())
                || !add(scope, col, a, false, Integer.MAX_VALUE, naming.hibernateName(logical))) {
            return;
        }
        out.compositeTypes.add(composite.get());
        rename(a, scope, col.name(), out);
    }

    void embedded(Scope scope, ResolvedAttribute a, MappingOutput out) {
        if (!EntityResolver.embeds(a.typeElement())) {
            diagnostics.error(a.element(), MappingErrors.UNMAPPED_TYPE,
                    MappingErrors.unmappedType(scope.entity().label, a.name(), a.type().toString()));
            return;
        }
        Scope table = embeddedTable(scope, a);
        if (table == null) {
            return;
        }
        Scope inner = table.embedded(a);
        for (ResolvedAttribute b : a.embedded()) {
            map(inner, b, out);
        }
    }

    /**
     * Hibernate 7.2's {@code @EmbeddedTable("name")} on an embedded attribute of an entity (or mapped superclass):
     * the embedded's columns go to that table, the entity's own or a secondary one, as
     * {@code ComponentPropertyHolder.applyExplicitTableName} resolves it; nested embeddeds follow. Read by name
     * (the annotation exists from 7.2 on). Null after an error: an undeclared table, or a nested embedded (Hibernate
     * refuses both).
     */
    private Scope embeddedTable(Scope scope, ResolvedAttribute a) {
        Optional<AnnotationMirror> embeddedTable = Ann.find(a.element(), EMBEDDED_TABLE);
        if (embeddedTable.isEmpty()) {
            return scope;
        }
        if (scope.anchor() != null) {
            diagnostics.error(scope.elementOf(a), MappingErrors.UNSUPPORTED, scope.labelOf(a) + " carries"
                    + " @EmbeddedTable inside an embeddable, which Hibernate refuses (AnnotationPlacementException):"
                    + " put it on the entity's embedded attribute");
            return null;
        }
        return tableOf(scope, a, "@EmbeddedTable", Ann.string(embeddedTable.get(), "value"));
    }

    void basic(Scope declaredScope, ResolvedAttribute a, MappingOutput out) {
        AnnotationMirror override = declaredScope.override(a.name());
        Optional<AnnotationMirror> column = override != null ? Optional.of(override) : a.column();
        String logical = declaredScope.columnNaming().apply(a.columnName(override));
        String physical = naming.physical(logical);
        if (!validIdentifier(a.element(), "column", logical, physical)) {
            return;
        }
        Scope scope = tableOf(declaredScope, a, "@Column", column.map(c -> Ann.string(c, "table")).orElse(""));
        if (scope == null) {
            return;
        }
        String definition = column.map(c -> Ann.string(c, "columnDefinition")).orElse("");
        // an @AttributeOverride's @Column replaces the field's: its length/precision, not the embeddable's, count
        Optional<BasicType> mapped = typeMapper.map(a.type(), a.element(), column);
        if (mapped.isEmpty() && definition.isEmpty()) {
            reportUnmapped(scope, a);
            return;
        }
        SqlType type = definition.isEmpty() ? secondPrecision(mapped.get().sql(), column) : SqlType.raw(definition);
        boolean nullable = nullable(scope, a, column);
        // Hibernate's @ColumnDefault("...") is written verbatim as the column's DEFAULT
        String defaultValue = Ann.find(a.element(), "org.hibernate.annotations.ColumnDefault")
                .map(d -> Ann.string(d, "value")).orElse(null);
        Column col = new Column(physical, type, nullable, defaultValue, Identity.NONE, a.label(),
                SchemaMembers.comment(column), SchemaMembers.options(column));
        int length = column.map(c -> Ann.integer(c, "length")).orElse(255);
        int size = mapped.map(m -> HibernateColumnOrder.size(m.sql(), length)).orElse(Integer.MAX_VALUE);
        TableBuilder.Entry before = scope.table().entries().get(physical);
        if (!add(scope, col, a, shared(column), size, naming.hibernateName(logical))) {
            return;
        }
        if (before != null && before.element() != null && (Ann.has(before.element(), "ManyToOne")
                || Ann.has(before.element(), "OneToOne"))) {
            // a basic attribute and a to-one's join column map one column: Hibernate binds basic columns
            // first (join columns in a second pass, once the target's key is known), so the basic one defines it
            scope.table().replace(col.withNullable(nullable).withOrigin(before.label()));
        }
        if (column.map(c -> Ann.bool(c, "unique")).orElse(false)) {
            scope.table().unique(List.of(physical), null);
        }
        for (AnnotationMirror c : Ann.repeated(a.element(), CHECK, CHECKS)) { // Hibernate's column @Check
            scope.table().check(physical, Ann.string(c, "constraints"));
        }
        if (mapped.isPresent() && mapped.get().namedEnum() != null && definition.isEmpty()) {
            out.enumTypes.add(mapped.get().namedEnum());
        }
        checks(scope, column);
        convertedEnum(scope, a, physical);
        convertedBoolean(scope, a, physical);
        if (mapped.isPresent()) { // Hibernate adds an enum's check even to a columnDefinition
            String check = mapped.get().checkExpression(physical);
            if (check != null) {
                scope.table().check(physical, check);
            }
        }
        rename(a, scope, physical, out);
    }

    /** Jakarta Persistence 3.2 {@code @Column(secondPrecision)}: the fractional seconds of a time or timestamp type. */
    private static SqlType secondPrecision(SqlType type, Optional<AnnotationMirror> column) {
        Optional<Integer> precision = SchemaMembers.secondPrecision(column);
        if (precision.isEmpty() || type.isUser()) {
            return type;
        }
        return switch (type.name()) {
            case "timestamp", "timestamptz", "time", "timetz" -> SqlType.temporal(type.name(), precision.get());
            default -> type;
        };
    }

    /** Jakarta Persistence 3.2 {@code check = @CheckConstraint(...)} of a column or join column: checks of the table. */
    static void checks(Scope scope, Optional<AnnotationMirror> column) {
        for (SchemaMembers.Check c : SchemaMembers.checks(column)) {
            scope.table().namedCheck(c.name(), c.constraint());
        }
    }

    /**
     * Hibernate 7 checks the values of an enum behind an {@code AttributeConverter} by running the converter
     * on every constant; Mifty cannot run user code while it compiles: it evaluates the converter's source where
     * that is exact ({@link ConvertedEnums}), else it says what it leaves out.
     */
    private void convertedEnum(Scope scope, ResolvedAttribute a, String column) {
        TypeElement type = a.typeElement();
        if (line.convertedEnumCheck() && type != null && type.getKind() == javax.lang.model.element.ElementKind.ENUM
                && typeMapper.converterTarget(a.element()).isPresent()) {
            Optional<String> check = convertedEnums == null ? Optional.empty() : typeMapper.converterClass(a.element())
                    .flatMap(converter -> convertedEnums.check(converter, type, column));
            if (check.isPresent()) {
                scope.table().check(column, check.get());
                return;
            }
            diagnostics.warning(scope.elementOf(a), MappingErrors.NOT_MAPPED, MappingErrors.convertedEnumCheck(
                    scope.labelOf(a), scope.table().name.toString(), column, line.toString()));
        }
    }

    /**
     * Hibernate (6.6 and 7) checks a Boolean behind a converter for the converter's two values (it runs the
     * converter: {@code BooleanJavaType.getCheckCondition}). Exact for Hibernate's own converters; a user's
     * converter gets a warning naming the check Mifty leaves out.
     */
    private void convertedBoolean(Scope scope, ResolvedAttribute a, String column) {
        String type = a.type().getKind() == javax.lang.model.type.TypeKind.BOOLEAN ? "java.lang.Boolean" : a.type().toString();
        if (!type.equals("java.lang.Boolean")) {
            return;
        }
        Optional<String> converter = typeMapper.converterName(a.element());
        if (converter.isEmpty()) {
            return;
        }
        String check = BooleanConverters.check(converter.get(), column);
        if (check != null) {
            scope.table().check(column, check);
        } else {
            diagnostics.warning(scope.elementOf(a), MappingErrors.NOT_MAPPED, MappingErrors.convertedBooleanCheck(
                    scope.labelOf(a), scope.table().name.toString(), column, converter.get()));
        }
    }

    void reportUnmapped(Scope scope, ResolvedAttribute a) {
        TypeElement type = a.typeElement();
        String entity = scope.entity().label;
        if (EntityResolver.isEntity(type)) {
            diagnostics.error(a.element(), MappingErrors.UNMAPPED_TYPE,
                    MappingErrors.entityWithoutRelationship(entity, a.name(), type.getSimpleName().toString()));
        } else if (a.type().toString().equals("java.lang.Byte[]") || a.type().toString().equals("java.lang.Character[]")) {
            String primitive = a.type().toString().equals("java.lang.Byte[]") ? "byte[]" : "char[]";
            diagnostics.error(a.element(), MappingErrors.UNMAPPED_TYPE, entity + "." + a.name() + " is a "
                    + a.type() + ", which Hibernate 6.6 refuses at start-up (hibernate.type.wrapper_array_handling):"
                    + " use " + primitive + " instead");
        } else {
            diagnostics.error(a.element(), MappingErrors.UNMAPPED_TYPE,
                    MappingErrors.unmappedType(entity, a.name(), a.type().toString()));
        }
    }

    private boolean nullable(Scope scope, ResolvedAttribute a, Optional<AnnotationMirror> column) {
        if (a.has("Version") ? line.versionNotNull() : line.generatedTimestampsNotNull() && isGeneratedTimestamp(a)) {
            return false;
        }
        if (a.has(TENANT_ID)) { // Hibernate's TenantIdBinder makes the column NOT NULL (6.6, 7.2, 7.4 measured)
            return false;
        }
        if (scope.subclassColumn()) {
            // Hibernate forces a SINGLE_TABLE subclass column nullable, except an explicit @Column(nullable = false)
            return column.map(c -> Ann.bool(c, "nullable")).orElse(true);
        }
        // a primitive is NOT NULL only when Hibernate makes its column implicitly: no @Column (nor, on 6.6, @Basic)
        boolean implicitColumn = column.isEmpty()
                && (line.primitiveWithBasicNotNull() || Ann.find(a.element(), "Basic").isEmpty());
        boolean nullable = !(a.type().getKind().isPrimitive() && implicitColumn && !scope.relaxedNulls());
        if (column.isPresent() && !Ann.bool(column.get(), "nullable")) {
            nullable = false;
        }
        if (Ann.find(a.element(), "Basic").map(b -> !Ann.bool(b, "optional")).orElse(false)) {
            nullable = false;
        }
        return nullable;
    }

    /** {@code @Version}, {@code @CreationTimestamp}, {@code @UpdateTimestamp}, {@code @CurrentTimestamp}. */
    private static boolean isGeneratedTimestamp(ResolvedAttribute a) {
        return a.has("org.hibernate.annotations.CreationTimestamp")
                || a.has("org.hibernate.annotations.UpdateTimestamp") || a.has("org.hibernate.annotations.CurrentTimestamp");
    }

    private static boolean shared(Optional<AnnotationMirror> column) {
        return column.map(c -> !Ann.bool(c, "insertable") && !Ann.bool(c, "updatable")).orElse(false);
    }

    /**
     * The scope on the table a column names ({@code table = ...}: the entity's own or one of its secondary tables);
     * null after an error on the attribute when the entity declares no such table.
     */
    private Scope tableOf(Scope scope, ResolvedAttribute a, String annotation, String table) {
        Optional<Scope> in = scope.in(table);
        if (in.isEmpty()) {
            diagnostics.error(scope.elementOf(a), MappingErrors.UNKNOWN_TABLE, MappingErrors.unknownSecondaryTable(
                    scope.labelOf(a), annotation, table, scope.entity().label));
            return null;
        }
        return in.get();
    }

    void toOne(Scope declaredScope, ResolvedAttribute a, MappingOutput out) {
        String table = a.joinColumns().stream().map(jc -> Ann.string(jc, "table")).filter(t -> !t.isEmpty())
                .findFirst().orElse("");
        // inside an @EmbeddedTable embedded a to-one's join columns stay in the entity's own table: Hibernate binds
        // them (a second pass) to the holder's table, not the component's (measured on 7.2 and 7.4, set secondary7)
        boolean inEmbeddedTable = declaredScope.anchor() != null && declaredScope.anchor().has(EMBEDDED_TABLE);
        Scope scope = tableOf(inEmbeddedTable && table.isEmpty() ? declaredScope.onPrimaryTable() : declaredScope, a,
                "@JoinColumn", table);
        if (scope == null) {
            return;
        }
        String kind = a.kind().annotation;
        AnnotationMirror relation = a.relation();
        ResolvedEntity target = a.targetEntity();
        if (target == null) {
            diagnostics.error(a.element(), MappingErrors.NOT_AN_ENTITY, MappingErrors.notAnEntity(
                    scope.entity().label, a.name(), "@" + kind,
                    a.target() == null ? a.type().toString() : a.target().getSimpleName().toString()));
            return;
        }
        if (!a.owning()) {
            return;
        }
        List<KeyColumn> targetKeys = keys.keys(target);
        List<KeyColumn> own = keys.joinKeys(a);
        if (targetKeys.isEmpty()) {
            return;
        }
        List<String> cols = own.stream().map(KeyColumn::physical).toList();
        List<String> targetCols = targetKeys.stream().map(KeyColumn::physical).toList();
        if (a.kind() == ResolvedAttribute.Kind.ONE_TO_ONE && a.has("PrimaryKeyJoinColumn")) {
            return; // shares the primary key: no column of its own, and Hibernate 6.6 adds no foreign key

        }
        ReferentialAction onDelete = onDelete(a.element());
        List<AnnotationMirror> declared = a.joinColumns();
        if (declared.size() == 1 && !Ann.string(declared.get(0), "referencedColumnName").isEmpty()
                && !targetCols.contains(naming.physical(Ann.string(declared.get(0), "referencedColumnName")))) {
            nonKeyReference(scope, a, target, declared.get(0), Ann.bool(relation, "optional"), onDelete, out);
            return;
        }
        if (a.mapsId() != null || a.id()) {
            if (target.hasForeignKeyTarget()) { // the key columns themselves
                scope.table().foreignKey(cols, target.table(), targetCols, foreignKeyDefinitions.onDelete(
                        scope.elementOf(a), scope.labelOf(a), foreignKey(a), onDelete, cols, target.table(), targetCols));
            }
            return;
        }
        List<AnnotationMirror> joinColumns = a.joinColumns();
        boolean optional = Ann.bool(relation, "optional");
        boolean unique = a.kind() == ResolvedAttribute.Kind.ONE_TO_ONE;
        List<String> added = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            KeyColumn k = own.get(i);
            AnnotationMirror jc = Relations.joinColumnFor(joinColumns, targetKeys.get(i), i);
            if (!validIdentifier(a.element(), "join column", k.logical(), k.physical())) {
                return;
            }
            // Hibernate 6.6 keeps a join column NOT NULL even in a SINGLE_TABLE subclass (unlike a basic column);
            // 7 makes a non-optional one nullable there and checks it per subclass (SingleTableChecks)
            boolean relaxed = scope.subclassColumn() && line.singleTableSubclassChecks();
            boolean nullable = (optional || relaxed) && (jc == null || Ann.bool(jc, "nullable"));
            unique |= jc != null && Ann.bool(jc, "unique");
            boolean shared = jc != null && !Ann.bool(jc, "insertable") && !Ann.bool(jc, "updatable");
            Optional<AnnotationMirror> declaredColumn = Optional.ofNullable(jc);
            Column col = new Column(k.physical(), k.type(), nullable, null, Identity.NONE, a.label(),
                    SchemaMembers.comment(declaredColumn), SchemaMembers.options(declaredColumn));
            if (!add(scope, col, a, shared, k.size(), naming.hibernateName(k.logical()))) {
                return;
            }
            checks(scope, declaredColumn);
            added.add(k.physical());
        }
        if (target.hasForeignKeyTarget() && !noConstraint(a)) {
            scope.table().foreignKey(cols, target.table(), targetCols, foreignKeyDefinitions.onDelete(
                    scope.elementOf(a), scope.labelOf(a), foreignKey(a), onDelete, cols, target.table(), targetCols));
        }
        if (unique) {
            scope.table().unique(cols, null);
        }
        if (!added.isEmpty()) {
            rename(a, scope, added.get(0), out);
        }
    }

    /**
     * A to-one whose {@code @JoinColumn(referencedColumnName)} names a column other than the target's key
     * (e.g. a unique {@code email}): one column of that column's type, with a foreign key to it.
     */
    private void nonKeyReference(Scope scope, ResolvedAttribute a, ResolvedEntity target, AnnotationMirror jc,
                                 boolean optional, ReferentialAction onDelete, MappingOutput out) {
        String refLogical = Ann.string(jc, "referencedColumnName");
        String refPhysical = naming.physical(refLogical);
        ResolvedAttribute referenced = null;
        for (ResolvedAttribute b : target.allAttributes()) {
            if (!b.kind().relation() && naming.physical(b.columnName(null)).equals(refPhysical)) {
                referenced = b;
            }
        }
        Optional<BasicType> type = referenced == null ? Optional.empty()
                : typeMapper.map(referenced.type(), referenced.element());
        if (type.isEmpty()) {
            diagnostics.error(a.element(), MappingErrors.UNKNOWN_COLUMN, MappingErrors.unknownColumn(
                    "@JoinColumn of " + a.label(), refLogical, target.table().toString()));
            return;
        }
        boolean unique = referenced.column().map(c -> Ann.bool(c, "unique")).orElse(false)
                || referenced.has("org.hibernate.annotations.NaturalId");
        if (!unique) {
            diagnostics.error(a.element(), MappingErrors.UNKNOWN_COLUMN, a.label() + " references "
                    + target.table() + "." + refPhysical + ", which is not unique, so PostgreSQL (and Hibernate's"
                    + " own schema) rejects the foreign key: mark " + referenced.label() + " @Column(unique = true)");
            return;
        }
        String name = Ann.string(jc, "name");
        String logical = name.isEmpty() ? a.name() + "_" + refLogical : name;
        String physical = naming.physical(logical);
        if (!validIdentifier(a.element(), "join column", logical, physical)) {
            return;
        }
        boolean nullable = optional && Ann.bool(jc, "nullable");
        boolean shared = !Ann.bool(jc, "insertable") && !Ann.bool(jc, "updatable");
        Column col = new Column(physical, type.get().sql(), nullable, null, Identity.NONE, a.label(),
                SchemaMembers.comment(Optional.of(jc)), SchemaMembers.options(Optional.of(jc)));
        if (!add(scope, col, a, shared, logical)) {
            return;
        }
        checks(scope, Optional.of(jc));
        if (target.hasForeignKeyTarget() && !noConstraint(a)) {
            scope.table().foreignKey(List.of(physical), target.table(), List.of(refPhysical), foreignKeyDefinitions
                    .onDelete(scope.elementOf(a), scope.labelOf(a), foreignKey(a), onDelete, List.of(physical),
                            target.table(), List.of(refPhysical)));
        }
        if (a.kind() == ResolvedAttribute.Kind.ONE_TO_ONE || Ann.bool(jc, "unique")) {
            scope.table().unique(List.of(physical), null);
        }
        rename(a, scope, physical, out);
    }

    /** The {@code @ForeignKey} of a to-one's join columns that carries a definition: {@code @JoinColumns}' first. */
    static AnnotationMirror foreignKey(ResolvedAttribute a) {
        List<AnnotationMirror> holders = new ArrayList<>();
        Ann.find(a.element(), "JoinColumns").ifPresent(holders::add);
        holders.addAll(a.joinColumns());
        return holders.stream().map(h -> Ann.annotation(h, "foreignKey"))
                .filter(fk -> ForeignKeyDefinitions.definition(fk).isPresent()).findFirst().orElse(null);
    }

    /**
     * {@code @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))} (or on {@code @JoinColumns}), or
     * Hibernate's {@code @NotFound}, which "supersedes all others" ({@code ToOneBinder.bindForeignKeyNameAndDefinition}).
     */
    static boolean noConstraint(ResolvedAttribute a) {
        if (a.has("org.hibernate.annotations.NotFound")) {
            return true;
        }
        List<AnnotationMirror> holders = new ArrayList<>(a.joinColumns());
        Ann.find(a.element(), "JoinColumns").ifPresent(holders::add);
        return holders.stream().map(h -> Ann.annotation(h, "foreignKey"))
                .anyMatch(fk -> fk != null && Ann.enumName(fk, "value").equals("NO_CONSTRAINT"));
    }

    /** The action of Hibernate's {@code @OnDelete(action = ...)} on an element, or null (NO ACTION). */
    static ReferentialAction onDelete(Element element) {
        String action = Ann.find(element, "org.hibernate.annotations.OnDelete")
                .map(d -> Ann.enumName(d, "action")).orElse("");
        return java.util.Arrays.stream(ReferentialAction.values()).filter(r -> r.name().equals(action))
                .findFirst().orElse(null);
    }

    /** Adds the column; reports a second mapping of the same column. False when it was a conflict. */
    boolean add(Scope scope, Column column, ResolvedAttribute a, boolean shared, String logical) {
        return add(scope, column, a, shared, HibernateColumnOrder.size(column.type()), naming.hibernateName(logical));
    }

    boolean add(Scope scope, Column column, ResolvedAttribute a, boolean shared, int size, String sortName) {
        TableBuilder.Entry existing = scope.table().add(column.withOrigin(scope.labelOf(a)), scope.elementOf(a),
                scope.labelOf(a), shared, size, sortName);
        if (existing == null || existing.shared() || shared || scope.subclassColumn()) {
            return true;
        }
        diagnostics.error(scope.elementOf(a), MappingErrors.DUPLICATE_COLUMN, MappingErrors.duplicateColumn(
                scope.table().name.toString(), column.name(), existing.label(), scope.labelOf(a)));
        return false;
    }

    boolean validIdentifier(Element element, String kind, String logical, String physical) {
        boolean quoted = Naming.isQuoted(logical);
        boolean ok = Identifiers.isValid(physical) && (quoted || PLAIN_IDENTIFIER.matcher(physical).matches());
        if (!ok) {
            diagnostics.error(element, MappingErrors.INVALID_IDENTIFIER, MappingErrors.invalidIdentifier(kind, logical));
            return false;
        }
        if (!quoted && ReservedWords.isReserved(physical)) {
            diagnostics.error(element, MappingErrors.INVALID_IDENTIFIER, MappingErrors.reservedWord(kind, physical));
            return false;
        }
        return true;
    }

    static void rename(ResolvedAttribute a, Scope scope, String column, MappingOutput out) {
        Ann.find(a.element(), "dev.mifty.annotations.RenamedFrom").ifPresent(r ->
                out.renames.add(new RenameRequest(a.element(), scope.table().name, column, Ann.string(r, "value"))));
    }

}
