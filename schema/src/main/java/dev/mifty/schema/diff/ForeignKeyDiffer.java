package dev.mifty.schema.diff;

import dev.mifty.schema.diff.Matching.TablePair;
import dev.mifty.schema.diff.Plan.Phase;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Table;
import java.util.Set;

/**
 * Foreign keys: dropped first, added last. An unchanged foreign key is dropped and added again when
 * a change would otherwise break it: the type of one of its columns (or of the referenced columns)
 * changes, or the primary key / unique constraint / unique index it depends on is dropped.
 */
final class ForeignKeyDiffer {

    private final Matching matching;
    private final TableDiffer tables;
    private final Plan plan;

    ForeignKeyDiffer(Matching matching, TableDiffer tables, Plan plan) {
        this.matching = matching;
        this.tables = tables;
        this.plan = plan;
    }

    void diff() {
        for (Table table : matching.dropped) {
            for (ForeignKey fk : table.foreignKeys()) {
                drop(table.name(), fk);
            }
        }
        for (Table table : matching.created) {
            for (ForeignKey fk : table.foreignKeys()) {
                add(table.name(), fk);
            }
        }
        for (TablePair pair : matching.pairs) {
            QualifiedName oldName = pair.from().name();
            TableDiffer.byName(pair.from().foreignKeys(), pair.to().foreignKeys(), ForeignKey::name,
                    fk -> touched(oldName, fk) ? null : matching.translate(pair, fk),
                    fk -> drop(oldName, fk),
                    fk -> add(pair.to().name(), fk));
        }
    }

    private boolean touched(QualifiedName ownerOldName, ForeignKey fk) {
        Set<String> ownChanged = tables.typeChanged.getOrDefault(ownerOldName, Set.of());
        Set<String> referencedChanged = tables.typeChanged.getOrDefault(fk.referencedTable(), Set.of());
        return fk.columns().stream().anyMatch(ownChanged::contains)
                || fk.referencedColumns().stream().anyMatch(referencedChanged::contains)
                || tables.droppedKeys.getOrDefault(fk.referencedTable(), Set.of())
                        .contains(Set.copyOf(fk.referencedColumns()));
    }

    private void drop(QualifiedName oldTable, ForeignKey fk) {
        plan.add(Phase.DROP_FOREIGN_KEY, oldTable, fk.name(), new Change.DropForeignKey(oldTable, fk));
    }

    private void add(QualifiedName newTable, ForeignKey fk) {
        plan.add(Phase.ADD_FOREIGN_KEY, newTable, fk.name(), new Change.AddForeignKey(newTable, fk));
    }
}
