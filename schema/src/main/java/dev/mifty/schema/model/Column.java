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
 * @param comment      {@code COMMENT ON COLUMN} text, or null for none (an empty comment is none)
 * @param options      SQL appended verbatim to the column definition (Jakarta Persistence 3.2
 *                     {@code @Column(options)}), or null; rendered when the column is created only
 */
public record Column(String name, SqlType type, boolean nullable, String defaultValue, Identity identity, String origin,
                     String comment, String options) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
        comment = blankToNull(comment);
        options = blankToNull(options);
    }

    /** A column without comment and options (the shape before both existed). */
    public Column(String name, SqlType type, boolean nullable, String defaultValue, Identity identity, String origin) {
        this(name, type, nullable, defaultValue, identity, origin, null, null);
    }

    public static Column of(String name, SqlType type, boolean nullable) {
        return new Column(name, type, nullable, null, Identity.NONE, null);
    }

    public Column withOrigin(String newOrigin) {
        return new Column(name, type, nullable, defaultValue, identity, newOrigin, comment, options);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity, origin, comment, options);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, nullable, defaultValue, identity, origin, comment, options);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, origin, comment, options);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, identity, origin, comment, options);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultValue, newIdentity, origin, comment, options);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultValue, identity, origin, newComment, options);
    }

    public Column withOptions(String newOptions) {
        return new Column(name, type, nullable, defaultValue, identity, origin, comment, newOptions);
    }

    /** Equality ignores {@link #origin}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Column c && name.equals(c.name) && type.equals(c.type) && nullable == c.nullable
                && Objects.equals(defaultValue, c.defaultValue) && identity == c.identity
                && Objects.equals(comment, c.comment) && Objects.equals(options, c.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, nullable, defaultValue, identity, comment, options);
    }

    static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
