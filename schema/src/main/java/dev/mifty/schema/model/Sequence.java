package dev.mifty.schema.model;

import java.util.Objects;

/** A sequence ({@code CREATE SEQUENCE name START WITH start INCREMENT BY increment}). */
public record Sequence(QualifiedName name, long start, long increment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
    }
}
