package dev.mifty.processor.pipeline;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.processor.diag.Messages;
import dev.mifty.schema.diff.DiffProblem;
import dev.mifty.schema.model.QualifiedName;
import java.util.List;
import java.util.Set;

/**
 * Likely renames the user has not decided: an error on the new element saying how to mark the
 * rename ({@code @RenamedFrom}) or confirm the drop ({@code -Amifty.allowDrop=table.column}).
 */
public final class RenameProblems {

    private RenameProblems() {
    }

    /** Reports every undecided likely rename; returns true when there was none. */
    public static boolean check(List<DiffProblem> problems, Set<String> allowDrop, ChangeOrigins origins,
                                Diagnostics diagnostics) {
        boolean clean = true;
        for (DiffProblem problem : problems) {
            QualifiedName table = problem.table();
            if (problem.kind() == DiffProblem.Kind.LIKELY_COLUMN_RENAME) {
                if (allowDrop.contains(table + "." + problem.oldName())) {
                    continue;
                }
                diagnostics.errorOn(origins.columnElement(table, problem.newName()) != null
                                ? origins.columnElement(table, problem.newName()) : origins.tableElement(table),
                        Messages.LIKELY_RENAME,
                        Messages.likelyColumnRename(table.toString(), problem.oldName(), problem.newName()));
                clean = false;
            } else if (problem.kind() == DiffProblem.Kind.LIKELY_TABLE_RENAME) {
                QualifiedName old = new QualifiedName(table.schema(), problem.oldName());
                if (allowDrop.contains(old.toString()) || allowDrop.contains(problem.oldName())) {
                    continue;
                }
                diagnostics.errorOn(origins.tableElement(table), Messages.LIKELY_RENAME,
                        Messages.likelyTableRename(old.toString(), problem.newName()));
                clean = false;
            }
            // UNKNOWN_RENAME_SOURCE cannot happen: RenameResolver only passes names the old schema has
        }
        return clean;
    }
}
