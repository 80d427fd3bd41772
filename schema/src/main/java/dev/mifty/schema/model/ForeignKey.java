package dev.mifty.schema.model;

import java.util.List;
import java.util.Objects;

/** A foreign key: {@code columns} of the owning table reference {@code referencedColumns} of {@code referencedTable}. */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete) {
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
    }
}
