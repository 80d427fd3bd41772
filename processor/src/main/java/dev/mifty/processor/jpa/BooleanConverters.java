package dev.mifty.processor.jpa;

import dev.mifty.schema.model.SqlType;

/**
 * Hibernate's own {@code AttributeConverter<Boolean, ?>}s: the column type each stores and the check Hibernate
 * adds for its two values ({@code BooleanJavaType.getCheckCondition} runs the converter on false and true; the
 * same on 6.6, 7.2 and 7.4). A user's converter is not known here: callers warn about the check they leave out.
 */
final class BooleanConverters {

    static final String YES_NO = "org.hibernate.type.YesNoConverter";
    static final String TRUE_FALSE = "org.hibernate.type.TrueFalseConverter";
    static final String NUMERIC = "org.hibernate.type.NumericBooleanConverter";

    private BooleanConverters() {
    }

    /** True for one of Hibernate's converters. */
    static boolean known(String converter) {
        return converter.equals(YES_NO) || converter.equals(TRUE_FALSE) || converter.equals(NUMERIC);
    }

    /** The check on {@code column} for the converter's two values, or null for a converter not known here. */
    static String check(String converter, String column) {
        return switch (converter) {
            case YES_NO -> column + " in ('N','Y')";
            case TRUE_FALSE -> column + " in ('F','T')";
            case NUMERIC -> column + " in (0,1)";
            default -> null;
        };
    }

    /** The column type of one of Hibernate's converters ({@code char(1)} or {@code integer}), or null. */
    static SqlType type(String converter) {
        return switch (converter) {
            case YES_NO, TRUE_FALSE -> SqlType.bpchar(1);
            case NUMERIC -> SqlType.of("int4");
            default -> null;
        };
    }
}
