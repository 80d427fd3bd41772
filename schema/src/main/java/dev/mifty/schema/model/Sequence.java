package dev.mifty.schema.model;

import java.util.Objects;

/**
 * A sequence ({@code CREATE SEQUENCE name START WITH start INCREMENT BY increment}).
 *
 * @param options SQL appended verbatim to {@code CREATE SEQUENCE} (Jakarta Persistence 3.2
 *                {@code @SequenceGenerator(options)}), or null; rendered on creation only
 */
public record Sequence(QualifiedName name, long start, long increment, String options) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        options = Column.blankToNull(options);
    }

    /** A sequence without options. */
    public Sequence(QualifiedName name, long start, long increment) {
        this(name, start, increment, null);
    }
}
