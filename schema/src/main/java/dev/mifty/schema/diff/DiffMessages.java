package dev.mifty.schema.diff;

import dev.mifty.schema.model.QualifiedName;

/** Every message the differ gives the user, in one place. */
final class DiffMessages {

    private DiffMessages() {
    }

    static String likelyColumnRename(QualifiedName table, String oldColumn, String newColumn, String newOrigin) {
        String field = newOrigin == null ? "the field mapped to `" + newColumn + "`" : "`" + newOrigin + "`";
        return "column `" + oldColumn + "` removed and `" + newColumn + "` of the same type added in `" + table
                + "`: if it was renamed, annotate " + field + " with @RenamedFrom(\"" + oldColumn
                + "\") to keep the data; otherwise the old column is dropped with its data";
    }

    static String likelyTableRename(QualifiedName oldTable, QualifiedName newTable, String newOrigin) {
        String entity = newOrigin == null ? "the entity mapped to `" + newTable + "`" : "`" + newOrigin + "`";
        return "table `" + oldTable + "` removed and `" + newTable + "` with mostly the same columns added: "
                + "if it was renamed, annotate " + entity + " with @RenamedFrom(\"" + oldTable.name()
                + "\") to keep the data; otherwise the old table is dropped with its data";
    }

    static String unknownTableRenameSource(QualifiedName oldTable, QualifiedName newTable) {
        return "@RenamedFrom(\"" + oldTable.name() + "\") on `" + newTable + "`: the previous schema has no table `"
                + oldTable + "`; fix the old name or remove the annotation";
    }

    static String unknownColumnRenameSource(QualifiedName table, String oldColumn, String newColumn) {
        return "@RenamedFrom(\"" + oldColumn + "\") on column `" + newColumn + "` of `" + table
                + "`: the previous schema has no column `" + oldColumn + "` in that table; "
                + "fix the old name or remove the annotation";
    }
}
