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
        CREATE_SCHEMA,
        CREATE_SEQUENCE,
        ALTER_SEQUENCE,
        CREATE_ENUM_TYPE,
        DROP_FOREIGN_KEY,
        DROP_CONSTRAINT,
        DROP_TABLE,
        RENAME_TABLE,
        /** An old column whose name a renamed column takes ("removed b, renamed a to b"). */
        DROP_DISPLACED_COLUMN,
        RENAME_COLUMN,
        /** After the renames (its column list names columns as they are now), before new tables and columns. */
        ALTER_ENUM_TYPE,
        /**
         * After the enum changes (an attribute may be of an enum type; in reverse, an enum is
         * recreated only after the composites of the change are gone). Sorted by nesting depth: a
         * composite used by another is created first.
         */
        CREATE_COMPOSITE_TYPE,
        ALTER_COMPOSITE_TYPE,
        CREATE_TABLE,
        ADD_COLUMN,
        ALTER_COLUMN,
        COMMENT,
        ADD_CONSTRAINT,
        ADD_FOREIGN_KEY,
        DROP_COLUMN,
        /** Deepest first: a composite is dropped before the composites and enums it uses. */
        DROP_COMPOSITE_TYPE,
        DROP_ENUM_TYPE,
        DROP_SEQUENCE,
        DROP_SCHEMA
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
