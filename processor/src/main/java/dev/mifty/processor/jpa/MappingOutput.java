package dev.mifty.processor.jpa;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Sequence;
import javax.lang.model.element.Element;
import java.util.ArrayList;
import java.util.List;

/** What one entity contributes: its tables (own, join and collection tables), sequences, user types and renames. */
final class MappingOutput {

    /**
     * Key columns in {@code table} referencing {@code referencedTable}, from a one-to-many owned by another entity.
     * {@code check}: a check on the first column (an {@code @OrderColumn}'s), or null; {@code checks}: the
     * Jakarta Persistence 3.2 {@code check}s of the join columns (Hibernate adds them to that table).
     */
    record ForeignColumn(QualifiedName table, List<Column> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, Element element, String label, String check,
                         dev.mifty.schema.model.ReferentialAction onDelete, List<SchemaMembers.Check> checks) {
        ForeignColumn(QualifiedName table, List<Column> columns, QualifiedName referencedTable,
                      List<String> referencedColumns, Element element, String label, String check) {
            this(table, columns, referencedTable, referencedColumns, element, label, check, ColumnMapper.onDelete(element),
                    List.of());
        }

        ForeignColumn(QualifiedName table, List<Column> columns, QualifiedName referencedTable,
                      List<String> referencedColumns, Element element, String label) {
            this(table, columns, referencedTable, referencedColumns, element, label, null);
        }
    }

    final List<TableBuilder> tables = new ArrayList<>();
    final List<Sequence> sequences = new ArrayList<>();
    /** PostgreSQL enum types ({@code SqlTypes.NAMED_ENUM}) and composite types ({@code @Struct}) its columns use. */
    final List<dev.mifty.schema.model.EnumType> enumTypes = new ArrayList<>();
    final List<dev.mifty.schema.model.CompositeType> compositeTypes = new ArrayList<>();
    final List<RenameRequest> renames = new ArrayList<>();
    /** Columns this entity adds to another entity's table (a {@code @OneToMany @JoinColumn}). */
    final List<ForeignColumn> foreignColumns = new ArrayList<>();
    /** Tables whose builders another entity contributes (e.g. {@code hibernate_sequences}). */
    final List<TableBuilder> shared = new ArrayList<>();
}
