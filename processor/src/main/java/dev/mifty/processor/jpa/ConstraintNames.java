package dev.mifty.processor.jpa;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL's default constraint names: {@code <table>_<columns>_<suffix>}, cut to 63 bytes. */
final class ConstraintNames {

    private ConstraintNames() {
    }

    static String of(String table, List<String> columns, String suffix) {
        String cols = columns.stream().map(c -> c.replace(" desc", "").replace(" asc", ""))
                .collect(Collectors.joining("_"));
        String base = cols.isEmpty() ? table : table + "_" + cols;
        return truncate(base, "_" + suffix) + "_" + suffix;
    }

    /** {@code base} shortened so that {@code base + suffix} fits PostgreSQL's 63 bytes. */
    static String truncate(String base, String suffix) {
        int max = 63 - suffix.getBytes(StandardCharsets.UTF_8).length;
        String b = base;
        while (b.getBytes(StandardCharsets.UTF_8).length > max) {
            b = b.substring(0, b.length() - 1);
        }
        return b;
    }
}
