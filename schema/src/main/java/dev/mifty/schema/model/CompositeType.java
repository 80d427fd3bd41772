package dev.mifty.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A PostgreSQL composite type ({@code CREATE TYPE name AS (attribute type, ...)}): Hibernate 7's
 * {@code @Struct}. Attributes keep their order: Hibernate reads a struct by position. Columns of
 * the type use {@link SqlType#user}.
 */
public record CompositeType(QualifiedName name, List<Attribute> attributes) {

    /** One attribute: its name as PostgreSQL stores it and its type. */
    public record Attribute(String name, SqlType type) {
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public CompositeType {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    /** The type of a column of this composite. */
    public SqlType sqlType() {
        return SqlType.user(name);
    }
}
