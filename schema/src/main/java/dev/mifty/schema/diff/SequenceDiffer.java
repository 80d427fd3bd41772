package dev.mifty.schema.diff;

import dev.mifty.schema.diff.Plan.Phase;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import java.util.HashMap;
import java.util.Map;

/** Sequences by name: created first (a default may call {@code nextval}), dropped last. Options are {@link OptionsCheck}'s. */
final class SequenceDiffer {

    private SequenceDiffer() {
    }

    static void diff(Schema from, Schema to, Plan plan) {
        Map<QualifiedName, Sequence> old = new HashMap<>();
        for (Sequence s : from.sequences()) {
            old.put(s.name(), s);
        }
        for (Sequence s : to.sequences()) {
            Sequence before = old.remove(s.name());
            if (before == null) {
                plan.add(Phase.CREATE_SEQUENCE, s.name(), "", new Change.CreateSequence(s));
            } else if (before.start() != s.start() || before.increment() != s.increment()) {
                plan.add(Phase.ALTER_SEQUENCE, s.name(), "", new Change.AlterSequence(before, s));
            }
        }
        for (Sequence s : old.values()) {
            plan.add(Phase.DROP_SEQUENCE, s.name(), "", new Change.DropSequence(s));
        }
    }
}
