package dev.mifty.processor.jpa;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** One entity -> its table (with key, discriminator, columns, constraints), sequences and collection tables. */
final class EntityMapper {

    private final PhysicalNames naming;
    private final HibernateLine line;
    private final KeyResolver keys;
    private final TypeMapper typeMapper;
    private final SoftDeletes softDeletes;
    private final ColumnMapper columns;
    private final Generators generators;
    private final SingleTableChecks checks;
    private final HibernateComments comments;
    private final BeanValidationDdl beanValidation;
    private final Diagnostics diagnostics;

    EntityMapper(EntityResolver resolver, KeyResolver keys, TypeMapper typeMapper, ColumnMapper columns,
                 BeanValidationDdl beanValidation, Diagnostics diagnostics) {
        this.naming = resolver.naming;
        this.line = resolver.line;
        this.keys = keys;
        this.typeMapper = typeMapper;
        this.softDeletes = new SoftDeletes(resolver.naming, typeMapper, diagnostics);
        this.columns = columns;
        this.generators = new Generators(resolver);
        this.checks = new SingleTableChecks(resolver, keys);
        this.comments = new HibernateComments(diagnostics);
        this.beanValidation = beanValidation;
        this.diagnostics = diagnostics;
    }

    MappingOutput map(ResolvedEntity entity) {
        MappingOutput out = new MappingOutput();
        TypeElement element = entity.element;
        String label = entity.label;
        List<ResolvedAttribute> ids = entity.ids();
        if (ids.isEmpty()) {
            diagnostics.error(element, MappingErrors.NO_ID, MappingErrors.noId(label));
            return out;
        }
        new NotMappedWarnings(diagnostics, typeMapper).check(element, label);
        if (entity.subselect) {
            // an entity over a query (a view): no table of its own, but Hibernate creates the tables of its
            // collections (without a foreign key to it), measured on 6.6, 7.2, 7.4 (set secondaryleftovers)
            Scope scope = Scope.of(new TableBuilder(entity.table(), element, label), entity, false);
            for (ResolvedAttribute a : entity.mappedAttributes()) {
                if (a.kind().toMany()) {
                    columns.map(scope, a, out);
                }
            }
            return out;
        }
        QualifiedName tableName = entity.ownTable;
        Ann.find(element, "dev.mifty.annotations.RenamedFrom").ifPresent(r -> out.renames.add(
                new RenameRequest(element, entity.table(), null, Ann.string(r, "value"))));
        if (entity.isSingleTableSubclass()) {
            return out; // its columns live in the root's table, mapped with the root
        }
        ResolvedEntity.Strategy strategy = entity.strategy;
        if (strategy == ResolvedEntity.Strategy.TABLE_PER_CLASS && entity.isAbstract) {
            if (entity.isRoot() && ids.size() == 1) {
                generators.apply(entity, ids.get(0), out); // Hibernate makes no table for an abstract class here
            }
            return out;
        }
        if (!columns.validIdentifier(element, "table", entity.logicalTable, tableName.name())) {
            return out;
        }
        TableBuilder table = new TableBuilder(tableName, element, label);
        out.tables.add(table);
        boolean isRoot = entity.isRoot();
        List<String> keyColumns = keyColumns(entity, table, ids, isRoot, strategy, out);
        if (keyColumns == null) {
            return out;
        }
        SecondaryTables secondary = SecondaryTables.build(entity, table, keys.keys(entity), naming, columns, out);
        Scope scope = Scope.of(table, entity, false, secondary);
        SingleTableChecks.Discriminator discriminator = isRoot ? discriminator(entity, strategy, table) : null;
        for (ResolvedAttribute a : entity.mappedAttributes()) {
            columns.map(scope, a, out);
        }
        secondaryTableConstraints(entity, secondary);
        if (isRoot && strategy == ResolvedEntity.Strategy.SINGLE_TABLE) {
            subclasses(entity, table, secondary, out);
        }
        if (discriminator != null) {
            if (line.discriminatorCheck() && discriminator.valuesChecked()) {
                checks.discriminatorValues(entity, table, discriminator);
            }
            if (line.singleTableSubclassChecks() && strategy == ResolvedEntity.Strategy.SINGLE_TABLE) {
                checks.subclassChecks(entity, table, discriminator);
            }
        }
        if (isRoot || strategy == ResolvedEntity.Strategy.TABLE_PER_CLASS) {
            softDeletes.ofRoot(entity.root.element).ifPresent(sd -> softDeletes.add(table, sd, element, label));
        }
        naturalId(entity, table);
        for (AnnotationMirror c : Ann.repeated(element, ColumnMapper.CHECK, ColumnMapper.CHECKS)) { // Hibernate's table @Check
            table.check(tableName.name(), Ann.string(c, "constraints"));
        }
        tableMembers(table, Ann.find(element, "Table"));
        tableConstraints(entity, table);
        comments.apply(entity, out);
        beanValidation.apply(entity, out);
        return out;
    }

    private List<String> keyColumns(ResolvedEntity entity, TableBuilder table, List<ResolvedAttribute> ids,
                                    boolean isRoot, ResolvedEntity.Strategy strategy, MappingOutput out) {
        for (ResolvedAttribute id : ids) {
            if (id.id() && !id.kind().relation() && !EntityResolver.isEmbeddable(id.typeElement())
                    && typeMapper.map(id.type(), id.element()).isEmpty()) {
                columns.reportUnmapped(Scope.of(table, entity, false), id);
                return null;
            }
        }
        List<KeyColumn> key = keys.keys(entity);
        if (key.isEmpty()) {
            diagnostics.error(entity.element, MappingErrors.NO_ID, MappingErrors.noId(entity.label));
            return null;
        }
        boolean identity = isRoot && ids.size() == 1 && Generators.isIdentity(ids.get(0));
        List<String> names = new ArrayList<>();
        for (KeyColumn k : key) {
            if (!columns.validIdentifier(ids.get(0).element(), "column", k.logical(), k.physical())) {
                return null;
            }
            Column c = new Column(k.physical(), k.type(), false, null, identity ? Identity.BY_DEFAULT : Identity.NONE,
                    null);
            ResolvedAttribute source = ids.size() == 1 ? ids.get(0) : ids.stream()
                    .filter(i -> i.columnName(null).equals(k.logical())).findFirst().orElse(ids.get(0));
            table.add(c, source.element(), source.label(), false, k.size(),
                    naming.hibernateName(k.logical()));
            names.add(k.physical());
            if (source.id() && !source.kind().relation() && !EntityResolver.isEmbeddable(source.typeElement())) {
                // an enum id keeps the check Hibernate adds to every enum column
                typeMapper.map(source.type(), source.element()).map(t -> t.checkExpression(k.physical()))
                        .ifPresent(check -> table.check(k.physical(), check));
            }
            ColumnMapper.rename(source, Scope.of(table, entity, false), k.physical(), out);
        }
        table.primaryKey(names);
        ResolvedEntity parent = entity.parent;
        if (parent != null && strategy == ResolvedEntity.Strategy.JOINED) {
            List<String> parentColumns = keys.keys(parent).stream().map(KeyColumn::physical).toList();
            AnnotationMirror fk = Ann.repeated(entity.element, "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns").stream()
                    .map(p -> Ann.annotation(p, "foreignKey")).filter(f -> ForeignKeyDefinitions.definition(f).isPresent())
                    .findFirst().orElse(null);
            table.foreignKey(names, parent.table(), parentColumns, columns.foreignKeyDefinitions.onDelete(entity.element,
                    entity.label, fk, ColumnMapper.onDelete(entity.element), names, parent.table(), parentColumns));
        }
        if (isRoot || strategy == ResolvedEntity.Strategy.TABLE_PER_CLASS) {
            // every generated id attribute, and the generated members of an embedded id (Hibernate 6.5+)
            for (ResolvedAttribute id : ids) {
                generators.apply(entity.root, id, out);
                for (ResolvedAttribute member : id.embedded()) {
                    generators.apply(entity.root, member, out);
                }
            }
        }
        return names;
    }

    /** Adds the root's discriminator column when Hibernate has one; returns it, or null. */
    private SingleTableChecks.Discriminator discriminator(ResolvedEntity root, ResolvedEntity.Strategy strategy,
                                                          TableBuilder table) {
        Optional<AnnotationMirror> dc = root.discriminatorColumn;
        boolean needed = strategy == ResolvedEntity.Strategy.SINGLE_TABLE ? root.hasHierarchy() || dc.isPresent()
                : strategy == ResolvedEntity.Strategy.JOINED && dc.isPresent();
        if (!needed) {
            return null;
        }
        String logical = dc.map(d -> Ann.string(d, "name")).filter(s -> !s.isEmpty()).orElse("DTYPE");
        String kind = dc.map(d -> Ann.enumName(d, "discriminatorType")).filter(s -> !s.isEmpty()).orElse("STRING");
        int length = dc.map(d -> Ann.integer(d, "length")).orElse(31);
        String definition = dc.map(d -> Ann.string(d, "columnDefinition")).orElse("");
        SqlType type = !definition.isEmpty() ? SqlType.raw(definition) : switch (kind) {
            case "CHAR" -> SqlType.bpchar(1);
            case "INTEGER" -> SqlType.of("int4");
            default -> SqlType.varchar(length);
        };
        String physical = naming.physical(logical);
        table.add(Column.of(physical, type, false), root.element, "discriminator", false,
                HibernateColumnOrder.size(type), naming.hibernateName(logical));
        boolean formula = Ann.has(root.element, "org.hibernate.annotations.DiscriminatorFormula");
        boolean forced = Ann.find(root.element, "org.hibernate.annotations.DiscriminatorOptions")
                .map(o -> Ann.bool(o, "force")).orElse(false);
        return new SingleTableChecks.Discriminator(physical, kind, !formula && !forced);
    }

    /** A SINGLE_TABLE hierarchy's subclasses: their columns (and secondary tables) with the root's table. */
    private void subclasses(ResolvedEntity entity, TableBuilder table, SecondaryTables inherited, MappingOutput out) {
        for (ResolvedEntity child : entity.children()) {
            SecondaryTables own = SecondaryTables.build(child, table, keys.keys(child), naming, columns, out);
            SecondaryTables secondary = inherited.with(own);
            Scope scope = Scope.of(table, child, true, secondary);
            for (ResolvedAttribute a : child.tableAttributes()) {
                columns.map(scope, a, out);
            }
            secondaryTableConstraints(child, own);
            subclasses(child, table, secondary, out);
        }
    }

    /** The {@code uniqueConstraints} and {@code indexes} of each {@code @SecondaryTable}, on its own columns. */
    private void secondaryTableConstraints(ResolvedEntity entity, SecondaryTables secondary) {
        for (SecondaryTables.Entry e : secondary.entries()) {
            constraints(e.table(), e.declared().annotation(), logical -> resolve(entity, e.table(),
                    "@SecondaryTable(name = \"" + e.declared().logical() + "\") of " + entity.label, logical));
        }
    }

    /** Hibernate's {@code @NaturalId}: one unique constraint over all natural-id columns of the entity. */
    private void naturalId(ResolvedEntity entity, TableBuilder table) {
        List<String> cols = new ArrayList<>();
        for (ResolvedAttribute a : entity.mappedAttributes()) {
            if (!a.has("org.hibernate.annotations.NaturalId")) {
                continue;
            }
            if (a.kind().toOne()) {
                keys.joinKeys(a).forEach(k -> cols.add(k.physical()));
            } else if (!a.kind().relation()) {
                cols.add(naming.physical(a.columnName(null)));
            }
        }
        if (!cols.isEmpty() && cols.stream().allMatch(table::has)) {
            table.unique(cols, null);
        }
    }

    /** Jakarta Persistence 3.2 {@code check}, {@code comment} and {@code options} of a table annotation. */
    /**
     * The {@code uniqueConstraints} and {@code indexes} of a {@code @JoinTable} or {@code @CollectionTable}:
     * their column names are the table's own (physical after naming). False when a name matches no column
     * of the table (the caller warns).
     */
    static boolean joinTableConstraints(TableBuilder table, Optional<AnnotationMirror> annotation, PhysicalNames naming) {
        return annotation.map(a -> constraints(table, a, logical -> {
            String physical = naming.physical(logical);
            return table.has(physical) ? physical : null;
        })).orElse(true);
    }

    /**
     * The {@code uniqueConstraints} and {@code indexes} of a table annotation ({@code @Table},
     * {@code @JoinTable}, {@code @CollectionTable}) onto {@code table}. {@code column} gives a name's
     * physical column, or null when the table has none (that constraint is left out); a unique
     * {@code @Index} is a unique constraint, as Hibernate 6.6 makes it. False when a constraint was left out.
     */
    private static boolean constraints(TableBuilder table, AnnotationMirror holder, Function<String, String> column) {
        boolean all = true;
        for (AnnotationMirror uc : Ann.annotations(holder, "uniqueConstraints")) {
            List<String> cols = new ArrayList<>();
            for (String name : Ann.strings(uc, "columnNames")) {
                cols.add(column.apply(name.trim()));
            }
            if (cols.contains(null)) {
                all = false;
            } else {
                table.unique(cols, nameOrNull(Ann.string(uc, "name")));
            }
        }
        for (AnnotationMirror ix : Ann.annotations(holder, "indexes")) {
            List<String> cols = new ArrayList<>();
            for (String part : Ann.string(ix, "columnList").split(",")) {
                String[] words = part.trim().split("\\s+");
                if (words[0].isEmpty()) {
                    continue;
                }
                String physical = column.apply(words[0]);
                if (physical == null) {
                    cols = null;
                    break;
                }
                cols.add(physical + (words.length > 1 && words[1].equalsIgnoreCase("desc") ? " desc" : ""));
            }
            if (cols == null) {
                all = false;
            } else if (cols.isEmpty()) {
                continue;
            } else if (Ann.bool(ix, "unique")) {
                table.unique(cols.stream().map(c -> c.replace(" desc", "")).toList(), nameOrNull(Ann.string(ix, "name")));
            } else {
                table.index(cols, false, nameOrNull(Ann.string(ix, "name")), SchemaMembers.options(Optional.of(ix)));
            }
        }
        return all;
    }

    static void tableMembers(TableBuilder table, Optional<AnnotationMirror> annotation) {
        for (SchemaMembers.Check c : SchemaMembers.checks(annotation)) {
            table.namedCheck(c.name(), c.constraint());
        }
        table.comment(SchemaMembers.comment(annotation));
        table.options(SchemaMembers.options(annotation));
    }

    private void tableConstraints(ResolvedEntity entity, TableBuilder table) {
        Ann.find(entity.element, "Table").ifPresent(t -> constraints(table, t,
                logical -> resolve(entity, table, "@Table of " + entity.label, logical)));
    }

    private static String nameOrNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The physical column of a name in {@code @Table} or {@code @SecondaryTable}, or null after an error naming it. */
    private String resolve(ResolvedEntity entity, TableBuilder table, String where, String logical) {
        String physical = naming.physical(logical);
        if (!table.has(physical)) {
            diagnostics.error(entity.element, MappingErrors.UNKNOWN_COLUMN,
                    MappingErrors.unknownColumn(where, logical, table.name.toString()));
            return null;
        }
        return physical;
    }
}
