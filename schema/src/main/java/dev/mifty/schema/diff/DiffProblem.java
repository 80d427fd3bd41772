package dev.mifty.schema.diff;

import dev.mifty.schema.model.QualifiedName;

/**
 * Something the differ will not decide alone. {@code column}/{@code newColumn} are null for
 * table-level problems.
 *
 * @param kind      what it is
 * @param table     the (new) table concerned
 * @param oldName   the removed table or column that may have been renamed
 * @param newName   the added table or column it may have become
 * @param message   a full sentence for the user
 */
public record DiffProblem(Kind kind, QualifiedName table, String oldName, String newName, String message) {

    public enum Kind {
        /** A column was removed and one of the same type added in the same table. */
        LIKELY_COLUMN_RENAME,
        /** A table was removed and a similar one added. */
        LIKELY_TABLE_RENAME,
        /** A rename hint names a table or column the old schema does not have. */
        UNKNOWN_RENAME_SOURCE,
        /**
         * The {@code options} (raw SQL) of an existing table, column, index or sequence changed: no
         * change is generated for it. {@code table} names the table (or sequence), {@code oldName}
         * the column or index ({@code null} for the table or sequence itself).
         */
        OPTIONS_CHANGED,
        /** A composite type's attribute order cannot be reached by adding attributes at the end. */
        COMPOSITE_ATTRIBUTE_ORDER,
        /** A type change the generated SQL cannot carry out (PostgreSQL would refuse it). */
        UNSUPPORTED_TYPE_CHANGE
    }
}
