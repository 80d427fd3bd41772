package dev.mifty.schema.source;

import java.util.List;

/**
 * A generated migration before it becomes Java: what {@link MigrationSourceWriter} renders.
 *
 * @param packageName   the migrations package
 * @param version       {@code yyyyMMddHHmmss}
 * @param name          snake_case description, e.g. {@code add_phone_to_customers}
 * @param fromHash      snapshot hash before ({@link Checksums#ofSnapshot})
 * @param toHash        snapshot hash after
 * @param steps         in order; {@code down} runs the steps' down statements in reverse step order
 * @param transactional false when a statement cannot run in a transaction
 * @param replacesUpTo  for a squash ({@code migration:squash}), the last version it replaces
 *                      ({@code @Migration(replaces = ...)}); null otherwise
 * @param notes         lines for the class comment (a squash names what it could not carry); may be empty
 */
public record MigrationSource(String packageName, String version, String name, String fromHash, String toHash,
                              List<Step> steps, boolean transactional, String replacesUpTo, List<String> notes) {

    public MigrationSource {
        steps = List.copyOf(steps);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A migration that replaces none. */
    public MigrationSource(String packageName, String version, String name, String fromHash, String toHash,
                           List<Step> steps, boolean transactional) {
        this(packageName, version, name, fromHash, toHash, steps, transactional, null, List.of());
    }

    /**
     * One change: a comment naming where it came from (e.g. {@code Customer.phone: add column}),
     * its statements, and the statements that undo it.
     */
    public record Step(String comment, List<String> up, List<String> down) {
        public Step {
            up = List.copyOf(up);
            down = List.copyOf(down);
        }
    }
}
