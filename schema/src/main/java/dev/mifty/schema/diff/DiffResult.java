package dev.mifty.schema.diff;

import java.util.List;

/** The ordered changes from one schema to another, and every problem found on the way. */
public record DiffResult(List<Change> changes, List<DiffProblem> problems) {
    public DiffResult {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * False when a change or its inverse must run outside a transaction ({@link Change#transactional(List)}):
     * a migration of these changes is then non-transactional.
     */
    public boolean transactional() {
        return Change.transactional(changes);
    }
}
