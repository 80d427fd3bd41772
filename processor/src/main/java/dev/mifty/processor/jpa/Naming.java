package dev.mifty.processor.jpa;

import dev.mifty.schema.model.Identifiers;

/**
 * The naming option {@code mifty.naming}: {@code snake_case} (Spring Boot's
 * {@code CamelCaseToUnderscoresNamingStrategy} with Spring's implicit naming) or {@code jpa}
 * (Hibernate's defaults: names as written).
 */
public enum Naming {
    SNAKE_CASE,
    JPA;

    /** Parses the option value; null means the default. */
    public static Naming fromOption(String value) {
        if (value == null || value.isBlank() || value.equals("snake_case")) {
            return SNAKE_CASE;
        }
        if (value.equals("jpa")) {
            return JPA;
        }
        throw new IllegalArgumentException("mifty.naming must be snake_case or jpa, not '" + value + "'");
    }

    /**
     * The stored identifier for a logical name (explicit or implicit): the physical naming
     * strategy, then PostgreSQL's folding of unquoted names.
     */
    public String physical(String logicalName) {
        return physical(logicalName, false);
    }

    /**
     * As {@link #physical(String)}; {@code splitAfterDigits} is the snake case of Hibernate 7's
     * {@code PhysicalNamingStrategySnakeCaseImpl} (Spring Boot 4), decided by {@link HibernateLine}.
     */
    public String physical(String logicalName, boolean splitAfterDigits) {
        if (isQuoted(logicalName)) {
            return Identifiers.fold(logicalName);
        }
        if (this == JPA) {
            return Identifiers.fold(logicalName);
        }
        return Identifiers.fold(camelCaseToUnderscores(logicalName, splitAfterDigits));
    }

    /**
     * The name as Hibernate holds it before PostgreSQL folds it (what Hibernate sorts columns by):
     * {@code Warehouse_id} under {@code jpa}, {@code warehouse_id} under {@code snake_case}.
     */
    public String hibernateName(String logicalName, boolean splitAfterDigits) {
        if (isQuoted(logicalName)) {
            return logicalName.substring(1, logicalName.length() - 1);
        }
        return this == JPA ? logicalName : physical(logicalName, splitAfterDigits);
    }

    /** True for a name written in double quotes or JPA back-ticks (kept as written by PostgreSQL). */
    static boolean isQuoted(String name) {
        return name.length() >= 2
                && ((name.startsWith("\"") && name.endsWith("\"")) || (name.startsWith("`") && name.endsWith("`")));
    }

    /** Hibernate 6.6's {@code CamelCaseToUnderscoresNamingStrategy#apply}, before lower-casing. */
    static String camelCaseToUnderscores(String text) {
        return camelCaseToUnderscores(text, false);
    }

    /**
     * {@code splitAfterDigits = false}: Hibernate 6.6's {@code CamelCaseToUnderscoresNamingStrategy}
     * ({@code s3CoverKey} -> {@code s3cover_key}); {@code true}: Hibernate 7's
     * {@code PhysicalNamingStrategySnakeCaseImpl}, where a digit counts as lower case on both sides
     * ({@code s3_cover_key}). Both before lower-casing.
     */
    static String camelCaseToUnderscores(String text, boolean splitAfterDigits) {
        StringBuilder builder = new StringBuilder(text.replace('.', '_'));
        for (int i = 1; i < builder.length() - 1; i++) {
            if (isUnderscoreRequired(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1), splitAfterDigits)) {
                builder.insert(i++, '_');
            }
        }
        return builder.toString();
    }

    private static boolean isUnderscoreRequired(char before, char current, char after, boolean digits) {
        return (Character.isLowerCase(before) || digits && Character.isDigit(before)) && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || digits && Character.isDigit(after));
    }
}
