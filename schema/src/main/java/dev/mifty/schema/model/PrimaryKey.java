package dev.mifty.schema.model;

import java.util.List;
import java.util.Objects;

/** A primary key constraint; {@code name} is conventionally {@code <table>_pkey}. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
