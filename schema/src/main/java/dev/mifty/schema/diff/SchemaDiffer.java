package dev.mifty.schema.diff;

import dev.mifty.schema.model.Schema;

/** {@code (old, new, renames) -> ordered changes}, each valid where it stands. Pure, no I/O. */
public final class SchemaDiffer {

    /**
     * The changes that turn {@code from} into {@code to}, in an order where every statement is
     * valid, plus every problem found (likely renames, unknown rename sources). A column or table
     * that has a likely-rename problem is still diffed as drop + add; the caller decides whether
     * to refuse.
     */
    public DiffResult diff(Schema from, Schema to, RenameHints renames) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }
}
