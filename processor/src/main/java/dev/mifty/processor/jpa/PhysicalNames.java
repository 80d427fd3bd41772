package dev.mifty.processor.jpa;

/**
 * The physical names of one compilation: the {@code mifty.naming} option applied as the Hibernate
 * line's Spring Boot naming strategy does it (see {@link HibernateLine#snakeCaseSplitsAfterDigits}).
 */
final class PhysicalNames {

    private final Naming option;
    private final boolean splitAfterDigits;

    PhysicalNames(Naming option, HibernateLine line) {
        this.option = option;
        this.splitAfterDigits = line.snakeCaseSplitsAfterDigits();
    }

    Naming option() {
        return option;
    }

    /** The stored identifier for a logical name: the physical strategy, then PostgreSQL's folding. */
    String physical(String logicalName) {
        return option.physical(logicalName, splitAfterDigits);
    }

    /** The name as Hibernate holds it before PostgreSQL folds it (what it sorts columns by). */
    String hibernateName(String logicalName) {
        return option.hibernateName(logicalName, splitAfterDigits);
    }
}
