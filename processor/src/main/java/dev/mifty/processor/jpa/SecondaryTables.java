package dev.mifty.processor.jpa;

import dev.mifty.schema.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * The secondary tables an entity's columns may name ({@code @Column(table = ...)},
 * {@code @JoinColumn(table = ...)}): its own {@code @SecondaryTable}s and, for a SINGLE_TABLE subclass, those of
 * its superclass entities (their rows share the root's table). Each is built as Hibernate's
 * {@code EntityBinder.createPrimaryColumnsToSecondaryTable} makes it: key columns named by {@code pkJoinColumns}
 * or like the entity's key columns (same types, key order), that key as its primary key, and a foreign key to the
 * entity's table. Measured on 6.6, 7.2 and 7.4 (fixture set {@code secondary}).
 */
final class SecondaryTables {

    /** No secondary tables (collection and join tables). */
    static final SecondaryTables NONE = new SecondaryTables(List.of(), null, null);

    /** One declared secondary table and the builder of its table. */
    record Entry(SecondaryTable declared, TableBuilder table) {
    }

    private final List<Entry> entries;
    private final PhysicalNames naming;
    /** The entity's own table (the root's for a SINGLE_TABLE subclass), or null for {@link #NONE}. */
    private final TableBuilder primary;

    private SecondaryTables(List<Entry> entries, PhysicalNames naming, TableBuilder primary) {
        this.entries = List.copyOf(entries);
        this.naming = naming;
        this.primary = primary;
    }

    /** The entity's own table, or empty for {@link #NONE}. */
    Optional<TableBuilder> primary() {
        return Optional.ofNullable(primary);
    }

    List<Entry> entries() {
        return entries;
    }

    /** These tables and {@code more} (a subclass's own after its superclass's). */
    SecondaryTables with(SecondaryTables more) {
        if (more.entries.isEmpty()) {
            return this;
        }
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(more.entries);
        return new SecondaryTables(all, more.naming, more.primary);
    }

    /** The builder of the secondary table {@code table} names, or empty when none of these tables has that name. */
    Optional<TableBuilder> find(String table) {
        return entries.stream().filter(e -> e.declared().isNamedBy(table, naming)).map(Entry::table).findFirst();
    }

    /**
     * Builds the tables of the entity's own {@code @SecondaryTable}s with their key columns, primary keys and
     * foreign keys ({@code keys}: the entity's key columns, in key order). Their {@code check}, {@code comment}
     * and {@code options} are set too; unique constraints and indexes come once the columns are there
     * ({@link EntityMapper}).
     */
    static SecondaryTables build(ResolvedEntity entity, TableBuilder primary, List<KeyColumn> keys,
                                 PhysicalNames naming, ColumnMapper columns, MappingOutput out) {
        List<Entry> built = new ArrayList<>();
        for (SecondaryTable st : entity.secondaryTables) {
            if (!columns.validIdentifier(entity.element, "secondary table", st.logical(), st.name().name())) {
                continue;
            }
            TableBuilder t = new TableBuilder(st.name(), entity.element, entity.label + " (@SecondaryTable)");
            List<AnnotationMirror> declared = st.keyJoinColumns();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                KeyColumn k = keys.get(i);
                AnnotationMirror jc = Relations.joinColumnFor(declared, k, i);
                String name = jc == null ? "" : Ann.string(jc, "name");
                String logical = name.isEmpty() ? k.logical() : name;
                String physical = name.isEmpty() ? k.physical() : naming.physical(name);
                if (!columns.validIdentifier(entity.element, "column", logical, physical)) {
                    return new SecondaryTables(built, naming, primary);
                }
                Optional<AnnotationMirror> column = Optional.ofNullable(jc);
                String definition = column.map(c -> Ann.string(c, "columnDefinition")).orElse("");
                Column c = Column.of(physical, definition.isEmpty() ? k.type() : dev.mifty.schema.model.SqlType.raw(
                        definition), false);
                t.add(c, entity.element, entity.label, false, k.size(),
                        naming.hibernateName(logical));
                names.add(physical);
            }
            t.primaryKey(names);
            boolean constrained = st.foreignKey().map(fk -> !Ann.enumName(fk, "value").equals("NO_CONSTRAINT"))
                    .orElse(true);
            if (constrained) { // no @OnDelete here: EntityBinder.bindJoinToPersistentClass sets none
                List<String> targetColumns = keys.stream().map(KeyColumn::physical).toList();
                t.foreignKey(names, entity.table(), targetColumns, columns.foreignKeyDefinitions.onDelete(
                        entity.element, entity.label, st.foreignKey().orElse(null), null, names, entity.table(),
                        targetColumns));
            }
            EntityMapper.tableMembers(t, Optional.of(st.annotation()));
            out.tables.add(t);
            built.add(new Entry(st, t));
        }
        return new SecondaryTables(built, naming, primary);
    }
}
