package dev.mifty.processor.jpa;

import dev.mifty.schema.model.SqlType;

/**
 * A primary-key column of an entity's table, as a foreign key referencing it needs it.
 *
 * @param logical  the logical name (what Hibernate's implicit naming concatenates: {@code customer_} + {@code id})
 * @param physical the stored name
 * @param type     its type (without identity)
 */
record KeyColumn(String logical, String physical, SqlType type) {
}
