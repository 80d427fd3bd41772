package dev.mifty.schema.model;

/** {@code ON DELETE} action of a foreign key. */
public enum ReferentialAction {
    NO_ACTION,
    RESTRICT,
    CASCADE,
    SET_NULL,
    SET_DEFAULT
}
