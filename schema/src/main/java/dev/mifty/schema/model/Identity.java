package dev.mifty.schema.model;

/** Identity column kind ({@code GENERATED ... AS IDENTITY}). */
public enum Identity {
    NONE,
    BY_DEFAULT,
    ALWAYS
}
