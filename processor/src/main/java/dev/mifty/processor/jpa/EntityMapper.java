package dev.mifty.processor.jpa;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.SqlType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** One entity -> its table (with key, discriminator, columns, constraints), sequences and collection tables. */
final class EntityMapper {

    private final EntityCatalog catalog;
    private final KeyResolver keys;
    private final TypeMapper typeMapper;
    private final SoftDeletes softDeletes;
    private final ColumnMapper columns;
    private final Generators generators;
    private final SingleTableChecks checks;
    private final Diagnostics diagnostics;

    EntityMapper(EntityCatalog catalog, KeyResolver keys, TypeMapper typeMapper, ColumnMapper columns,
                 Diagnostics diagnostics) {
        this.catalog = catalog;
        this.keys = keys;
        this.typeMapper = typeMapper;
        this.softDeletes = new SoftDeletes(catalog, typeMapper, diagnostics);
        this.columns = columns;
        this.generators = new Generators(catalog);
        this.checks = new SingleTableChecks(catalog, keys);
        this.diagnostics = diagnostics;
    }

    MappingOutput map(TypeElement entity) {
        MappingOutput out = new MappingOutput();
        String label = entity.getSimpleName().toString();
        List<Attribute> ids = catalog.allAttributes(catalog.root(entity)).stream()
                .filter(a -> a.has("Id") || a.has("EmbeddedId")).toList();
        if (ids.isEmpty()) {
            diagnostics.error(entity, MappingErrors.NO_ID, MappingErrors.noId(label));
            return out;
        }
        if (Ann.has(entity, "SecondaryTable") || Ann.has(entity, "SecondaryTables")) {
            diagnostics.error(entity, MappingErrors.UNSUPPORTED, MappingErrors.unsupported(label, "@SecondaryTable"));
            return out;
        }
        new NotMappedWarnings(diagnostics, typeMapper).check(entity, label);
        QualifiedName tableName = catalog.ownTable(entity);
        Ann.find(entity, "dev.mifty.annotations.RenamedFrom").ifPresent(r -> out.renames.add(
                new RenameRequest(entity, catalog.table(entity), null, Ann.string(r, "value"))));
        if (catalog.isSingleTableSubclass(entity)) {
            return out; // its columns live in the root's table, mapped with the root
        }
        EntityCatalog.Strategy strategy = catalog.strategy(entity);
        if (strategy == EntityCatalog.Strategy.TABLE_PER_CLASS && catalog.isAbstract(entity)) {
            if (catalog.parentEntity(entity) == null && ids.size() == 1) {
                generators.apply(entity, ids.get(0), out); // Hibernate makes no table for an abstract class here
            }
            return out;
        }
        if (!columns.validIdentifier(entity, "table", catalog.logicalTable(entity), tableName.name())) {
            return out;
        }
        TableBuilder table = new TableBuilder(tableName, entity, label);
        out.tables.add(table);
        Scope scope = Scope.of(table, entity, false);
        boolean isRoot = catalog.parentEntity(entity) == null;
        List<String> keyColumns = keyColumns(entity, table, ids, isRoot, strategy, out);
        if (keyColumns == null) {
            return out;
        }
        SingleTableChecks.Discriminator discriminator = isRoot ? discriminator(entity, strategy, table) : null;
        boolean wholeChain = strategy == EntityCatalog.Strategy.TABLE_PER_CLASS;
        for (Attribute a : catalog.tableAttributes(entity, wholeChain)) {
            columns.map(scope, a, out);
        }
        if (isRoot && strategy == EntityCatalog.Strategy.SINGLE_TABLE) {
            subclasses(entity, table, out);
        }
        if (discriminator != null) {
            if (catalog.line.discriminatorCheck() && discriminator.valuesChecked()) {
                checks.discriminatorValues(entity, table, discriminator);
            }
            if (catalog.line.singleTableSubclassChecks() && strategy == EntityCatalog.Strategy.SINGLE_TABLE) {
                checks.subclassChecks(entity, table, discriminator);
            }
        }
        if (isRoot || strategy == EntityCatalog.Strategy.TABLE_PER_CLASS) {
            softDeletes.ofRoot(catalog.root(entity)).ifPresent(sd -> softDeletes.add(table, sd, entity, label));
        }
        naturalId(entity, table, wholeChain);
        for (AnnotationMirror c : Ann.repeated(entity, ColumnMapper.CHECK, ColumnMapper.CHECKS)) { // Hibernate's table @Check
            table.check(tableName.name(), Ann.string(c, "constraints"));
        }
        tableConstraints(entity, table);
        return out;
    }

    private List<String> keyColumns(TypeElement entity, TableBuilder table, List<Attribute> ids, boolean isRoot,
                                    EntityCatalog.Strategy strategy, MappingOutput out) {
        for (Attribute id : ids) {
            if (id.has("Id") && Relations.kind(id) == null && !EntityCatalog.isEmbeddable(catalog.element(id.type()))
                    && typeMapper.map(id.type(), id.element()).isEmpty()) {
                columns.reportUnmapped(Scope.of(table, entity, false), id);
                return null;
            }
        }
        List<KeyColumn> key = keys.keys(entity);
        if (key.isEmpty()) {
            diagnostics.error(entity, MappingErrors.NO_ID, MappingErrors.noId(entity.getSimpleName().toString()));
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
            Attribute source = ids.size() == 1 ? ids.get(0) : ids.stream()
                    .filter(i -> KeyResolver.columnName(i, null).equals(k.logical())).findFirst().orElse(ids.get(0));
            table.add(c, source.element(), source.label(), false, HibernateColumnOrder.size(k.type()),
                    catalog.naming.hibernateName(k.logical()));
            names.add(k.physical());
            ColumnMapper.rename(source, Scope.of(table, entity, false), k.physical(), out);
        }
        table.primaryKey(names);
        TypeElement parent = catalog.parentEntity(entity);
        if (parent != null && strategy == EntityCatalog.Strategy.JOINED) {
            table.foreignKey(names, catalog.table(parent),
                    keys.keys(parent).stream().map(KeyColumn::physical).toList(), ColumnMapper.onDelete(entity));
        }
        if (isRoot || strategy == EntityCatalog.Strategy.TABLE_PER_CLASS) {
            if (ids.size() == 1) {
                generators.apply(catalog.root(entity), ids.get(0), out);
            }
        }
        return names;
    }

    /** Adds the root's discriminator column when Hibernate has one; returns it, or null. */
    private SingleTableChecks.Discriminator discriminator(TypeElement root, EntityCatalog.Strategy strategy,
                                                          TableBuilder table) {
        Optional<AnnotationMirror> dc = Ann.find(root, "DiscriminatorColumn");
        boolean needed = strategy == EntityCatalog.Strategy.SINGLE_TABLE ? catalog.hasHierarchy(root) || dc.isPresent()
                : strategy == EntityCatalog.Strategy.JOINED && dc.isPresent();
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
        String physical = catalog.naming.physical(logical);
        table.add(Column.of(physical, type, false), root, "discriminator", false,
                HibernateColumnOrder.size(type), catalog.naming.hibernateName(logical));
        boolean formula = Ann.has(root, "org.hibernate.annotations.DiscriminatorFormula");
        boolean forced = Ann.find(root, "org.hibernate.annotations.DiscriminatorOptions")
                .map(o -> Ann.bool(o, "force")).orElse(false);
        return new SingleTableChecks.Discriminator(physical, kind, !formula && !forced);
    }

    private void subclasses(TypeElement entity, TableBuilder table, MappingOutput out) {
        for (TypeElement child : catalog.children(entity)) {
            Scope scope = Scope.of(table, child, true);
            for (Attribute a : catalog.tableAttributes(child, false)) {
                columns.map(scope, a, out);
            }
            subclasses(child, table, out);
        }
    }

    /** Hibernate's {@code @NaturalId}: one unique constraint over all natural-id columns of the entity. */
    private void naturalId(TypeElement entity, TableBuilder table, boolean wholeChain) {
        List<String> cols = new ArrayList<>();
        for (Attribute a : catalog.tableAttributes(entity, wholeChain)) {
            if (!a.has("org.hibernate.annotations.NaturalId")) {
                continue;
            }
            String kind = Relations.kind(a);
            if (kind != null && Relations.TO_ONE.contains(kind)) {
                keys.joinKeys(a).forEach(k -> cols.add(k.physical()));
            } else if (kind == null) {
                cols.add(catalog.naming.physical(KeyResolver.columnName(a, null)));
            }
        }
        if (!cols.isEmpty() && cols.stream().allMatch(table::has)) {
            table.unique(cols, null);
        }
    }

    private void tableConstraints(TypeElement entity, TableBuilder table) {
        Optional<AnnotationMirror> t = Ann.find(entity, "Table");
        if (t.isEmpty()) {
            return;
        }
        for (AnnotationMirror uc : Ann.annotations(t.get(), "uniqueConstraints")) {
            List<String> cols = resolve(entity, table, Ann.strings(uc, "columnNames"));
            if (cols != null) {
                table.unique(cols, nameOrNull(Ann.string(uc, "name")));
            }
        }
        for (AnnotationMirror ix : Ann.annotations(t.get(), "indexes")) {
            List<String> parts = Arrays.stream(Ann.string(ix, "columnList").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            List<String> cols = new ArrayList<>();
            for (String part : parts) {
                String[] words = part.split("\\s+");
                List<String> resolved = resolve(entity, table, List.of(words[0]));
                if (resolved == null) {
                    return;
                }
                boolean desc = words.length > 1 && words[1].equalsIgnoreCase("desc");
                cols.add(resolved.get(0) + (desc ? " desc" : ""));
            }
            if (Ann.bool(ix, "unique")) {
                // Hibernate 6.6 turns a unique @Index into a unique constraint
                table.unique(cols.stream().map(c -> c.replace(" desc", "")).toList(), nameOrNull(Ann.string(ix, "name")));
            } else {
                table.index(cols, false, nameOrNull(Ann.string(ix, "name")));
            }
        }
    }

    private static String nameOrNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private List<String> resolve(TypeElement entity, TableBuilder table, List<String> logical) {
        List<String> out = new ArrayList<>();
        for (String l : logical) {
            String physical = catalog.naming.physical(l.trim());
            if (!table.has(physical)) {
                diagnostics.error(entity, MappingErrors.UNKNOWN_COLUMN,
                        MappingErrors.unknownColumn("@Table of " + entity.getSimpleName(), l, table.name.toString()));
                return null;
            }
            out.add(physical);
        }
        return out;
    }
}
