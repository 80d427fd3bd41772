package dev.mifty.processor.jpa;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * JPA elements -> schema model, following the mapping rules of a Hibernate ORM line (6.6 ... 7.4,
 * {@link HibernateLine}) on PostgreSQL.
 * Every problem is reported on its element through {@link Diagnostics}; an entity with errors
 * contributes nothing.
 */
public final class JpaModelReader {

    private final ProcessingEnvironment env;
    private final Naming naming;
    private final HibernateLine line;
    private final Diagnostics diagnostics;

    /** Maps by the rules of the Hibernate line found on the compile classpath ({@link HibernateLineDetector}). */
    public JpaModelReader(ProcessingEnvironment env, Naming naming, Diagnostics diagnostics) {
        this(env, naming, HibernateLineDetector.detect(env, env.getOptions().get("mifty.hibernate")).line(), diagnostics);
    }

    public JpaModelReader(ProcessingEnvironment env, Naming naming, HibernateLine line, Diagnostics diagnostics) {
        this.env = env;
        this.naming = naming;
        this.line = line;
        this.diagnostics = diagnostics;
    }

    /**
     * The {@code @Converter(autoApply = true)} classes in the entities' packages (Hibernate applies
     * them to every attribute of their type; converters elsewhere need {@code @Convert}).
     */
    private List<TypeElement> autoAppliedConverters(Set<TypeElement> entities) {
        Set<javax.lang.model.element.PackageElement> packages = new java.util.LinkedHashSet<>();
        entities.forEach(e -> packages.add(env.getElementUtils().getPackageOf(e)));
        List<TypeElement> out = new ArrayList<>();
        for (javax.lang.model.element.PackageElement p : packages) {
            for (Element e : p.getEnclosedElements()) {
                if (e instanceof TypeElement t && Ann.find(t, "Converter").map(c -> Ann.bool(c, "autoApply")).orElse(false)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Reads every entity (with the embeddables and mapped superclasses they use). */
    public MappedModel read(Set<TypeElement> entities) {
        try (Ann.Cache cache = Ann.openCache()) {
            return readCached(entities);
        }
    }

    private MappedModel readCached(Set<TypeElement> entities) {
        // annotations -> binding model: each entity resolved once; binding model -> relational model: the mappers
        EntityResolver resolver = new EntityResolver(env.getTypeUtils(), naming, line, entities);
        TypeMapper typeMapper = new TypeMapper(env.getTypeUtils(), line, autoAppliedConverters(entities));
        KeyResolver keys = new KeyResolver(resolver, typeMapper);
        ColumnMapper columns = new ColumnMapper(resolver, keys, typeMapper, diagnostics);
        columns.convertedEnums = ConvertedEnums.of(env);
        columns.collections(new CollectionMapper(resolver, keys, typeMapper, columns, diagnostics));
        EntityMapper mapper = new EntityMapper(resolver, keys, typeMapper, columns,
                new BeanValidationDdl(BeanValidationDdl.enabled(env), diagnostics), diagnostics);

        Map<QualifiedName, TableBuilder> tables = new LinkedHashMap<>();
        Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
        Map<QualifiedName, dev.mifty.schema.model.EnumType> enumTypes = new LinkedHashMap<>();
        Map<QualifiedName, dev.mifty.schema.model.CompositeType> compositeTypes = new LinkedHashMap<>();
        List<RenameRequest> renames = new ArrayList<>();
        List<MappingOutput.ForeignColumn> foreign = new ArrayList<>();
        for (TypeElement entity : resolver.entityClasses()) {
            int errorsBefore = diagnostics.errorCount();
            MappingOutput out;
            try {
                out = mapper.map(resolver.compiled(entity));
            } catch (RuntimeException e) {
                diagnostics.error(entity, MappingErrors.INTERNAL, MappingErrors.internal(entity.getSimpleName().toString(), e));
                continue;
            }
            if (diagnostics.errorCount() > errorsBefore) {
                continue;
            }
            for (TableBuilder t : out.tables) {
                TableBuilder previous = tables.putIfAbsent(t.name, t);
                if (previous != null && previous.ownedByEntity() != t.ownedByEntity()) {
                    // an entity and a collection/join table name one table: Hibernate merges them
                    TableBuilder entityTable = t.ownedByEntity() ? t : previous;
                    entityTable.absorb(t.ownedByEntity() ? previous : t);
                    tables.put(t.name, entityTable);
                } else if (previous != null) {
                    diagnostics.error(t.element, MappingErrors.DUPLICATE_TABLE, MappingErrors.duplicateTable(
                            t.name.toString(), previous.origin, t.origin));
                }
            }
            out.shared.forEach(t -> tables.putIfAbsent(t.name, t));
            out.sequences.forEach(s -> sequences.putIfAbsent(s.name(), s));
            out.enumTypes.forEach(e -> enumTypes.putIfAbsent(e.name(), e));
            out.compositeTypes.forEach(c -> compositeTypes.putIfAbsent(c.name(), c));
            renames.addAll(out.renames);
            foreign.addAll(out.foreignColumns);
        }
        for (MappingOutput.ForeignColumn f : foreign) {
            TableBuilder target = tables.get(f.table());
            if (target == null) {
                continue; // the target entity had errors
            }
            for (dev.mifty.schema.model.Column c : f.columns()) {
                TableBuilder.Entry existing = target.add(c, f.element(), f.label(), false);
                if (existing != null && !existing.shared()) {
                    diagnostics.error(f.element(), MappingErrors.DUPLICATE_COLUMN, MappingErrors.duplicateColumn(
                            f.table().toString(), c.name(), existing.label(), f.label()));
                }
            }
            if (f.check() != null) {
                target.check(f.columns().get(0).name(), f.check());
            }
            f.checks().forEach(c -> target.namedCheck(c.name(), c.constraint()));
            if (!f.referencedColumns().isEmpty()) { // empty: a column only (an @OrderColumn of a mappedBy list)
                target.foreignKey(f.columns().stream().map(dev.mifty.schema.model.Column::name).toList(),
                        f.referencedTable(), f.referencedColumns(), f.onDelete());
            }
        }
        List<Table> built = new ArrayList<>();
        Map<QualifiedName, Element> tableElements = new HashMap<>();
        Map<QualifiedName, Map<String, Element>> columnElements = new HashMap<>();
        for (TableBuilder t : tables.values()) {
            built.add(t.build());
            if (t.element != null) {
                tableElements.put(t.name, t.element);
            }
            Map<String, Element> cols = new LinkedHashMap<>();
            t.entries().forEach((name, entry) -> {
                if (entry.element() != null) {
                    cols.put(name, entry.element());
                }
            });
            columnElements.put(t.name, cols);
        }
        return new MappedModel(new Schema(ForeignKeyOrder.aligned(built), new ArrayList<>(sequences.values()),
                        new ArrayList<>(enumTypes.values()), new ArrayList<>(compositeTypes.values()), line.toString()),
                List.copyOf(renames),
                tableElements, columnElements);
    }
}
