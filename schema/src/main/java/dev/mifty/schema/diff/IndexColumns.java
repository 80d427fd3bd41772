package dev.mifty.schema.diff;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Index entries are a column name optionally followed by {@code " desc"} or {@code " asc"}. */
final class IndexColumns {

    private IndexColumns() {
    }

    /** The column name of an index entry. */
    static String column(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        if (lower.endsWith(" desc")) {
            return entry.substring(0, entry.length() - 5);
        }
        if (lower.endsWith(" asc")) {
            return entry.substring(0, entry.length() - 4);
        }
        return entry;
    }

    static Set<String> columnSet(List<String> entries) {
        return entries.stream().map(IndexColumns::column).collect(Collectors.toSet());
    }
}
