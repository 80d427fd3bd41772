package dev.mifty.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * An index. Each entry of {@code columns} is a column name, optionally followed by
 * {@code " desc"} (as in JPA's {@code @Index(columnList)}).
 */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
