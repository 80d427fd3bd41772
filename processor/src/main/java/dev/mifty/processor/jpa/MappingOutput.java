package dev.mifty.processor.jpa;

import dev.mifty.schema.model.Sequence;
import java.util.ArrayList;
import java.util.List;

/** What one entity contributes: its tables (own, join and collection tables), sequences and renames. */
final class MappingOutput {
    final List<TableBuilder> tables = new ArrayList<>();
    final List<Sequence> sequences = new ArrayList<>();
    final List<RenameRequest> renames = new ArrayList<>();
    /** Tables whose builders another entity contributes (e.g. {@code hibernate_sequences}). */
    final List<TableBuilder> shared = new ArrayList<>();
}
