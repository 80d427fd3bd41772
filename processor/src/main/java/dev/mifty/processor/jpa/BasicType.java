package dev.mifty.processor.jpa;

import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.SqlType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The column type of a basic attribute, and the CHECK Hibernate adds for an enum.
 *
 * @param sql           the column type
 * @param enumConstants the enum's constants in declaration order, or empty
 * @param ordinal       true for an {@code ORDINAL} enum (a range check), false for {@code STRING} (an IN list)
 * @param namedEnum     the PostgreSQL enum type the column is of ({@code SqlTypes.NAMED_ENUM}), or null
 */
record BasicType(SqlType sql, List<String> enumConstants, boolean ordinal, EnumType namedEnum) {

    BasicType(SqlType sql, List<String> enumConstants, boolean ordinal) {
        this(sql, enumConstants, ordinal, null);
    }

    static BasicType of(SqlType sql) {
        return new BasicType(sql, List.of(), false);
    }

    /** A column of a PostgreSQL enum type: the type, no check (the type itself restricts the values). */
    static BasicType of(EnumType namedEnum) {
        return new BasicType(namedEnum.sqlType(), List.of(), false, namedEnum);
    }

    /** Hibernate 6.6's check expression for the column, or null when it adds none. */
    String checkExpression(String column) {
        if (enumConstants.isEmpty()) {
            return null;
        }
        if (ordinal) {
            return column + " between 0 and " + (enumConstants.size() - 1);
        }
        return column + " in (" + enumConstants.stream().map(c -> "'" + c + "'").collect(Collectors.joining(","))
                + ")";
    }
}
