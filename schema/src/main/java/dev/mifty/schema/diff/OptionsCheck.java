package dev.mifty.schema.diff;

import dev.mifty.schema.diff.Matching.TablePair;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Jakarta Persistence 3.2 {@code options} are raw SQL rendered when an object is created. A change
 * of them on an object that stays cannot be derived (the SQL to alter them is not known), so it is
 * reported as {@link DiffProblem.Kind#OPTIONS_CHANGED}, never dropped silently.
 */
final class OptionsCheck {

    private OptionsCheck() {
    }

    static void check(Schema from, Schema to, Matching matching, List<DiffProblem> problems) {
        for (TablePair pair : matching.pairs) {
            QualifiedName table = pair.to().name();
            report(problems, table, null, "table `" + table + "`", pair.from().options(), pair.to().options());
            Map<String, Column> oldColumns = Matching.columnsByName(pair.from());
            for (Column column : pair.to().columns()) {
                String oldName = pair.oldColumnName(column.name());
                Column old = oldName == null ? null : oldColumns.get(oldName);
                if (old != null) {
                    report(problems, table, column.name(), "column `" + column.name() + "` of `" + table + "`",
                            old.options(), column.options());
                }
            }
            Map<String, Index> oldIndexes = new HashMap<>();
            pair.from().indexes().forEach(i -> oldIndexes.put(i.name(), i));
            for (Index index : pair.to().indexes()) {
                Index old = oldIndexes.get(index.name());
                if (old != null) {
                    report(problems, table, index.name(), "index `" + index.name() + "` of `" + table + "`",
                            old.options(), index.options());
                }
            }
        }
        Map<QualifiedName, Sequence> oldSequences = new HashMap<>();
        from.sequences().forEach(s -> oldSequences.put(s.name(), s));
        for (Sequence sequence : to.sequences()) {
            Sequence old = oldSequences.get(sequence.name());
            if (old != null) {
                report(problems, sequence.name(), null, "sequence `" + sequence.name() + "`", old.options(),
                        sequence.options());
            }
        }
    }

    private static void report(List<DiffProblem> problems, QualifiedName table, String part, String what,
                               String from, String to) {
        if (!Objects.equals(from, to)) {
            problems.add(new DiffProblem(DiffProblem.Kind.OPTIONS_CHANGED, table, part, part,
                    DiffMessages.optionsChanged(what, from, to)));
        }
    }
}
