package dev.mifty.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * An index. Each entry of {@code columns} is a column name, optionally followed by
 * {@code " desc"} (as in JPA's {@code @Index(columnList)}).
 *
 * @param options SQL appended verbatim to {@code CREATE INDEX} (Jakarta Persistence 3.2
 *                {@code @Index(options)}), or null; rendered on creation only
 */
public record Index(String name, List<String> columns, boolean unique, String options) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        options = Column.blankToNull(options);
    }

    /** An index without options. */
    public Index(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, null);
    }
}
