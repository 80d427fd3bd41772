package dev.mifty.schema.diff;

import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code (old, new, renames) -> ordered changes}, each valid where it stands. Pure, no I/O. */
public final class SchemaDiffer {

    /**
     * The changes that turn {@code from} into {@code to}, in an order where every statement is
     * valid, plus every problem found (likely renames, unknown rename sources). A column or table
     * that has a likely-rename problem is still diffed as drop + add; the caller decides whether
     * to refuse.
     */
    public DiffResult diff(Schema from, Schema to, RenameHints renames) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Matching matching = Matching.of(from, to, renames == null ? RenameHints.none() : renames);
        Plan plan = new Plan();
        SequenceDiffer.diff(from, to, plan);
        TableDiffer tables = new TableDiffer(plan);
        for (Table table : matching.dropped) {
            tables.drop(table);
        }
        for (Table table : matching.created) {
            tables.create(table);
        }
        for (Matching.TablePair pair : matching.pairs) {
            tables.diff(pair);
        }
        new ForeignKeyDiffer(matching, tables, plan).diff();
        List<DiffProblem> problems = new ArrayList<>(matching.problems);
        problems.addAll(LikelyRenames.find(matching));
        return new DiffResult(plan.changes(), problems);
    }

    /** Same as {@link #diff(Schema, Schema, RenameHints)} without rename hints. */
    public DiffResult diff(Schema from, Schema to) {
        return diff(from, to, RenameHints.none());
    }
}
