package dev.mifty.schema.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE name AS ENUM (labels)}): Hibernate 7's
 * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} / {@code @Enumerated} on a named enum. Labels keep
 * their order (it is the sort order of the type). Columns of the type use {@link SqlType#user}.
 */
public record EnumType(QualifiedName name, List<String> labels) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            if (!seen.add(label)) {
                throw new IllegalArgumentException("enum type " + name + " has the label \"" + label + "\" twice");
            }
        }
    }

    /** The type of a column of this enum. */
    public SqlType sqlType() {
        return SqlType.user(name);
    }
}
