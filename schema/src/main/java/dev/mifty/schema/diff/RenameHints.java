package dev.mifty.schema.diff;

import dev.mifty.schema.model.QualifiedName;
import java.util.Map;

/**
 * Renames the user declared ({@code @RenamedFrom}), already resolved to stored names.
 *
 * @param tables  old table name -> new table name
 * @param columns new table name -> (old column name -> new column name)
 */
public record RenameHints(Map<QualifiedName, QualifiedName> tables,
                          Map<QualifiedName, Map<String, String>> columns) {

    private static final RenameHints NONE = new RenameHints(Map.of(), Map.of());

    public RenameHints {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    public static RenameHints none() {
        return NONE;
    }
}
