package dev.mifty.schema.source;

import java.util.Locale;

/**
 * A statement of a migration is longer than a Java string constant can be
 * ({@link SourceLimits#MAX_STATEMENT_BYTES}): the migration would not compile, so it is not written.
 */
public final class StatementTooLongException extends IllegalArgumentException {

    private final String step;

    public StatementTooLongException(String step, String constant, long bytes) {
        super(String.format(Locale.ROOT, "statement %s of the migration (%s) is %,d bytes long in UTF-8, and a Java"
                + " string constant holds at most %,d: the migration would not compile. Make that change smaller (e.g."
                + " fewer columns or check values in that table), or generate it in steps", constant, step, bytes,
                SourceLimits.MAX_STATEMENT_BYTES));
        this.step = step;
    }

    /** The step the statement belongs to, e.g. {@code Customer: + table customer}. */
    public String step() {
        return step;
    }
}
