package dev.mifty.processor.jpa;

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
        throw new UnsupportedOperationException("TODO: issue 3");
    }
}
