package dev.mifty.processor.jpa;

import dev.mifty.schema.model.SqlType;

/**
 * A primary-key column of an entity's table, as a foreign key referencing it needs it.
 *
 * @param logical  the logical name (what Hibernate's implicit naming concatenates: {@code customer_} + {@code id})
 * @param physical the stored name
 * @param type     its type (without identity); a {@code columnDefinition} as written
 * @param size     its size in Hibernate's column order (of the mapped type, also under a {@code columnDefinition})
 */
record KeyColumn(String logical, String physical, SqlType type, int size) {

    KeyColumn(String logical, String physical, SqlType type) {
        this(logical, physical, type, HibernateColumnOrder.size(type));
    }

    /** The same column under other names (a join column referencing this one). */
    KeyColumn named(String logical, String physical) {
        return new KeyColumn(logical, physical, type, size);
    }
}
