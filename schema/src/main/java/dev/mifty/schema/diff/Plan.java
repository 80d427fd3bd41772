package dev.mifty.schema.diff;

import dev.mifty.schema.model.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects changes by phase and returns them in the one valid, deterministic order: by phase, then
 * table, then column or constraint name; steps on the same column keep the order they were added in.
 */
final class Plan {

    /** The phases, in execution order. See docs/decisions-schema-diff.md for why this order is valid. */
    enum Phase {
        CREATE_SEQUENCE,
        ALTER_SEQUENCE,
        DROP_FOREIGN_KEY,
        DROP_CONSTRAINT,
        DROP_TABLE,
        RENAME_TABLE,
        /** An old column whose name a renamed column takes ("removed b, renamed a to b"). */
        DROP_DISPLACED_COLUMN,
        RENAME_COLUMN,
        CREATE_TABLE,
        ADD_COLUMN,
        ALTER_COLUMN,
        ADD_CONSTRAINT,
        ADD_FOREIGN_KEY,
        DROP_COLUMN,
        DROP_SEQUENCE
    }

    private record Step(Phase phase, QualifiedName table, String name, int seq, Change change) {
    }

    private static final Comparator<Step> ORDER = Comparator.comparing(Step::phase)
            .thenComparing(Step::table)
            .thenComparing(Step::name)
            .thenComparingInt(Step::seq);

    private final List<Step> steps = new ArrayList<>();

    /** Adds a change in a phase, sorted under the given table and (column or constraint) name. */
    void add(Phase phase, QualifiedName table, String name, Change change) {
        steps.add(new Step(phase, table, name, steps.size(), change));
    }

    List<Change> changes() {
        return steps.stream().sorted(ORDER).map(Step::change).toList();
    }
}
