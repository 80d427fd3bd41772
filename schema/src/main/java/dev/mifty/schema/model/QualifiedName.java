package dev.mifty.schema.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A table or sequence name, optionally schema-qualified. Names are stored exactly as PostgreSQL
 * stores them (see {@link Identifiers#fold}). A {@code null} schema means the connection's default
 * schema ({@code public} unless the search path says otherwise).
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER = Comparator
            .comparing((QualifiedName q) -> q.schema == null ? "" : q.schema)
            .thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** {@code schema.name}, or {@code name}: for messages and snapshot keys, never for SQL. */
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
