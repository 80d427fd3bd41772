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

    static String compositeOrder(QualifiedName type, java.util.List<String> resulting, java.util.List<String> wanted) {
        return "composite type `" + type + "`: PostgreSQL appends added attributes, so after this migration its"
                + " attributes are (" + String.join(", ", resulting) + ") while the model says ("
                + String.join(", ", wanted) + "); Hibernate reads a struct by position: order the attributes"
                + " (@Struct(attributes = ...)) so that new ones come last, or recreate the type in a hand-written migration";
    }

    static String enumInComposite(QualifiedName type) {
        return "enum type `" + type + "` loses or reorders labels and a composite type has an attribute of it:"
                + " Mifty recreates an enum only for table columns; PostgreSQL will refuse to drop the old type."
                + " Add labels only, or write a hand-written migration";
    }

    static String attributeTypeInUse(QualifiedName type, String attribute) {
        return "the type of attribute `" + attribute + "` of composite type `" + type + "` changes while a table column"
                + " uses the type: PostgreSQL refuses ALTER ATTRIBUTE ... TYPE then; write a hand-written migration"
                + " (add a new attribute, copy, drop the old one)";
    }

    static String droppedInside(QualifiedName type, String attribute) {
        return "attribute `" + attribute + "` is dropped from the middle of composite type `" + type + "`: undoing"
                + " the migration adds it back at the end (PostgreSQL appends attributes), so the order after a"
                + " rollback differs from today's";
    }

    static String optionsChanged(String what, String from, String to) {
        return "the options of " + what + " changed from " + describe(from) + " to " + describe(to)
                + ": Mifty renders options only when it creates the object and does not alter them;"
                + " apply the change in a hand-written migration (the snapshot records the new options)";
    }

    private static String describe(String options) {
        return options == null ? "none" : "`" + options + "`";
    }
}
