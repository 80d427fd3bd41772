package dev.mifty.schema.diff;

import dev.mifty.schema.diff.Matching.TablePair;
import dev.mifty.schema.diff.Plan.Phase;
import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Tables, columns, keys, uniques, checks and indexes (foreign keys are {@link ForeignKeyDiffer}'s).
 * Records, by old table name and old column names, the columns whose type changes and the key
 * column sets whose unique index is dropped: a foreign key that depends on either is dropped and
 * added again around the change.
 */
final class TableDiffer {

    private final Plan plan;
    final Map<QualifiedName, Set<String>> typeChanged = new HashMap<>();
    final Map<QualifiedName, Set<Set<String>>> droppedKeys = new HashMap<>();

    TableDiffer(Plan plan) {
        this.plan = plan;
    }

    /** A new table: created without foreign keys and indexes, which come as separate changes. */
    void create(Table table) {
        plan.add(Phase.CREATE_TABLE, table.name(), "", new Change.CreateTable(bare(table)));
        for (Index index : table.indexes()) {
            plan.add(Phase.ADD_CONSTRAINT, table.name(), index.name(), new Change.CreateIndex(table.name(), index));
        }
    }

    /** A removed table: its indexes are dropped as separate changes so that the inverse restores them. */
    void drop(Table table) {
        for (Index index : table.indexes()) {
            plan.add(Phase.DROP_CONSTRAINT, table.name(), index.name(), new Change.DropIndex(table.name(), index));
            if (index.unique()) {
                keyDropped(table.name(), IndexColumns.columnSet(index.columns()));
            }
        }
        plan.add(Phase.DROP_TABLE, table.name(), "", new Change.DropTable(bare(table)));
    }

    /** The table without foreign keys and indexes: what {@link Change.CreateTable} makes in the diff. */
    static Table bare(Table t) {
        return t.withForeignKeysAndIndexes(List.of(), List.of());
    }

    void diff(TablePair pair) {
        QualifiedName newName = pair.to().name();
        for (Map.Entry<String, String> step : Matching.columnRenameSteps(pair)) {
            plan.add(Phase.RENAME_COLUMN, newName, "", new Change.RenameColumn(newName, step.getKey(), step.getValue()));
        }
        columns(pair);
        constraints(pair);
        if (!Objects.equals(pair.from().comment(), pair.to().comment())) {
            plan.add(Phase.COMMENT, newName, "", new Change.SetTableComment(newName, pair.from().comment(), pair.to().comment()));
        }
    }

    private void columns(TablePair pair) {
        QualifiedName newName = pair.to().name();
        Map<String, Column> oldColumns = Matching.columnsByName(pair.from());
        for (Column column : pair.to().columns()) {
            String oldName = pair.oldColumnName(column.name());
            Column old = oldName == null ? null : oldColumns.remove(oldName);
            if (old == null) {
                plan.add(Phase.ADD_COLUMN, newName, column.name(), new Change.AddColumn(newName, column));
            } else {
                alter(pair.from().name(), newName, old, column);
            }
        }
        for (Column dropped : oldColumns.values()) {
            plan.add(pair.displaced(dropped.name()) ? Phase.DROP_DISPLACED_COLUMN : Phase.DROP_COLUMN, newName,
                    dropped.name(), new Change.DropColumn(newName, dropped));
        }
    }

    /**
     * One column's changes, in an order valid for PostgreSQL and mirror-symmetric (so the inverses
     * in reverse order are valid too): drop the old default when the type or identity changes,
     * drop identity, change the type, change nullability, add or change identity, set the new default.
     */
    private void alter(QualifiedName oldTable, QualifiedName table, Column old, Column now) {
        String column = now.name();
        boolean typeChanges = !old.type().equals(now.type());
        boolean identityChanges = old.identity() != now.identity();
        String currentDefault = old.defaultValue();
        String targetDefault = now.defaultValue();
        if (currentDefault != null && (typeChanges
                || (!currentDefault.equals(targetDefault) && (targetDefault == null || identityChanges)))) {
            step(table, column, new Change.AlterDefault(table, column, currentDefault, null));
            currentDefault = null;
        }
        if (old.identity() != Identity.NONE && now.identity() == Identity.NONE) {
            step(table, column, new Change.AlterIdentity(table, column, old.identity(), Identity.NONE));
        }
        if (typeChanges) {
            step(table, column, new Change.AlterColumnType(table, column, old.type(), now.type()));
            typeChanged.computeIfAbsent(oldTable, k -> new HashSet<>()).add(old.name());
        }
        if (old.nullable() && !now.nullable()) {
            step(table, column, new Change.SetNotNull(table, column));
        } else if (!old.nullable() && now.nullable()) {
            step(table, column, new Change.DropNotNull(table, column));
        }
        if (now.identity() != Identity.NONE && identityChanges) {
            step(table, column, new Change.AlterIdentity(table, column, old.identity(), now.identity()));
        }
        if (!Objects.equals(currentDefault, targetDefault)) {
            step(table, column, new Change.AlterDefault(table, column, currentDefault, targetDefault));
        }
        if (!Objects.equals(old.comment(), now.comment())) {
            plan.add(Phase.COMMENT, table, column, new Change.SetColumnComment(table, column, old.comment(), now.comment()));
        }
    }

    private void step(QualifiedName table, String column, Change change) {
        plan.add(Phase.ALTER_COLUMN, table, column, change);
    }

    private void constraints(TablePair pair) {
        QualifiedName oldName = pair.from().name();
        QualifiedName newName = pair.to().name();
        PrimaryKey oldPk = pair.from().primaryKey();
        PrimaryKey newPk = pair.to().primaryKey();
        PrimaryKey translatedPk = oldPk == null ? null
                : new PrimaryKey(oldPk.name(), oldPk.columns().stream().map(pair::newColumnName).toList());
        if (!Objects.equals(translatedPk, newPk)) {
            if (oldPk != null) {
                plan.add(Phase.DROP_CONSTRAINT, oldName, oldPk.name(), new Change.DropPrimaryKey(oldName, oldPk));
                keyDropped(oldName, Set.copyOf(oldPk.columns()));
            }
            if (newPk != null) {
                plan.add(Phase.ADD_CONSTRAINT, newName, newPk.name(), new Change.AddPrimaryKey(newName, newPk));
            }
        }
        byName(pair.from().uniqueConstraints(), pair.to().uniqueConstraints(), UniqueConstraint::name,
                u -> new UniqueConstraint(u.name(), u.columns().stream().map(pair::newColumnName).toList()),
                u -> {
                    plan.add(Phase.DROP_CONSTRAINT, oldName, u.name(), new Change.DropUnique(oldName, u));
                    keyDropped(oldName, Set.copyOf(u.columns()));
                },
                u -> plan.add(Phase.ADD_CONSTRAINT, newName, u.name(), new Change.AddUnique(newName, u)));
        byName(pair.from().checks(), pair.to().checks(), CheckConstraint::name, c -> c,
                c -> plan.add(Phase.DROP_CONSTRAINT, oldName, c.name(), new Change.DropCheck(oldName, c)),
                c -> plan.add(Phase.ADD_CONSTRAINT, newName, c.name(), new Change.AddCheck(newName, c)));
        Map<String, String> newIndexOptions = new HashMap<>();
        pair.to().indexes().forEach(i -> newIndexOptions.put(i.name(), i.options()));
        byName(pair.from().indexes(), pair.to().indexes(), Index::name, i -> {
                    Index translated = Matching.translate(pair, i);
                    return new Index(translated.name(), translated.columns(), translated.unique(),
                            newIndexOptions.get(i.name()));
                },
                i -> {
                    plan.add(Phase.DROP_CONSTRAINT, oldName, i.name(), new Change.DropIndex(oldName, i));
                    if (i.unique()) {
                        keyDropped(oldName, IndexColumns.columnSet(i.columns()));
                    }
                },
                i -> plan.add(Phase.ADD_CONSTRAINT, newName, i.name(), new Change.CreateIndex(newName, i)));
    }

    /**
     * Matches old and new items by name: an item only in the old list is dropped, only in the new
     * one added, and one whose definition (translated to new column names) changed is dropped and added.
     */
    static <T> void byName(List<T> olds, List<T> news, Function<T, String> name, Function<T, T> translate,
                           java.util.function.Consumer<T> drop, java.util.function.Consumer<T> add) {
        Map<String, T> oldByName = new HashMap<>();
        for (T item : olds) {
            oldByName.put(name.apply(item), item);
        }
        for (T item : news) {
            T old = oldByName.remove(name.apply(item));
            if (old == null) {
                add.accept(item);
            } else if (!item.equals(translate.apply(old))) {
                drop.accept(old);
                add.accept(item);
            }
        }
        oldByName.values().forEach(drop);
    }

    private void keyDropped(QualifiedName oldTable, Set<String> columns) {
        droppedKeys.computeIfAbsent(oldTable, k -> new HashSet<>()).add(columns);
    }
}
