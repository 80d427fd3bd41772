package dev.mifty.schema.model;

import java.util.Objects;

/** A check constraint; {@code expression} is the SQL boolean expression without {@code CHECK ( )}. */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
