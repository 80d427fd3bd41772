package dev.mifty.schema.model;

import java.util.Objects;

/**
 * A column.
 *
 * @param name         as PostgreSQL stores it
 * @param type         its type
 * @param nullable     false for {@code NOT NULL}
 * @param defaultValue SQL default expression, or {@code null} for none
 * @param identity     identity kind
 * @param origin       where it came from, e.g. {@code Customer.fullName}; for messages and
 *                     generated comments only: not part of equality, not in the snapshot; may be null
 */
public record Column(String name, SqlType type, boolean nullable, String defaultValue, Identity identity, String origin) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
    }

    public static Column of(String name, SqlType type, boolean nullable) {
        return new Column(name, type, nullable, null, Identity.NONE, null);
    }

    public Column withOrigin(String newOrigin) {
        return new Column(name, type, nullable, defaultValue, identity, newOrigin);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity, origin);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, nullable, defaultValue, identity, origin);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, origin);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, identity, origin);
    }

    /** Equality ignores {@link #origin}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Column c && name.equals(c.name) && type.equals(c.type) && nullable == c.nullable
                && Objects.equals(defaultValue, c.defaultValue) && identity == c.identity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, nullable, defaultValue, identity);
    }
}
