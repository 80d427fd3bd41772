package dev.mifty.schema.diff;

import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@code (old, new, renames) -> ordered changes}, each valid where it stands. Pure, no I/O. */
public final class SchemaDiffer {

    private static final QualifiedName RENAMES = QualifiedName.of("");

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
        List<DiffProblem> problems = new ArrayList<>(matching.problems);
        namespaces(from, to, plan);
        SequenceDiffer.diff(from, to, plan);
        new TypeDiffer(plan, problems).diff(from, to, matching);
        TableDiffer tables = new TableDiffer(plan);
        for (Table table : matching.dropped) {
            tables.drop(table);
        }
        for (Table table : matching.created) {
            tables.create(table);
        }
        Set<QualifiedName> tableNames = new HashSet<>();
        from.tables().forEach(t -> tableNames.add(t.name()));
        to.tables().forEach(t -> tableNames.add(t.name()));
        for (Map.Entry<QualifiedName, QualifiedName> step : matching.tableRenameSteps(tableNames)) {
            // one sort key for all table renames: their order is the one computed, not by name
            plan.add(Plan.Phase.RENAME_TABLE, RENAMES, "", new Change.RenameTable(step.getKey(), step.getValue()));
        }
        for (Matching.TablePair pair : matching.pairs) {
            tables.diff(pair);
        }
        new ForeignKeyDiffer(matching, tables, plan).diff();
        OptionsCheck.check(from, to, matching, problems);
        problems.addAll(LikelyRenames.find(matching));
        return new DiffResult(plan.changes(), problems);
    }

    /** A named schema the new model needs and the old one did not: created first; one no longer needed: dropped last. */
    private static void namespaces(Schema from, Schema to, Plan plan) {
        Set<String> before = from.namespaces();
        Set<String> after = to.namespaces();
        for (String schema : after) {
            if (!before.contains(schema)) {
                plan.add(Plan.Phase.CREATE_SCHEMA, new QualifiedName(schema, ""), "", new Change.CreateSchema(schema));
            }
        }
        for (String schema : before) {
            if (!after.contains(schema)) {
                plan.add(Plan.Phase.DROP_SCHEMA, new QualifiedName(schema, ""), "", new Change.DropSchema(schema));
            }
        }
    }

    /** Same as {@link #diff(Schema, Schema, RenameHints)} without rename hints. */
    public DiffResult diff(Schema from, Schema to) {
        return diff(from, to, RenameHints.none());
    }
}
