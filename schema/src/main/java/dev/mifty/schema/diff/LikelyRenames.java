package dev.mifty.schema.diff;

import dev.mifty.schema.diff.Matching.TablePair;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops and adds that look like renames the user did not declare.
 * <ul>
 * <li>Column: in a table on both sides, a removed column and an added column of the same type
 *     (paired in name order, each used once).</li>
 * <li>Table: a removed and an added table that share at least half of their columns, counted by
 *     name and type over the larger of the two (an identical column set first, then the best score,
 *     then name order; each used once). Beyond {@link #MAX_PAIRS} pairs, identical column sets only.</li>
 * </ul>
 */
final class LikelyRenames {

    /**
     * Above this many (removed x added) table pairs only tables with exactly the same columns are
     * compared, so that dropping thousands of tables and adding thousands stays linear.
     */
    private static final long MAX_PAIRS = 250_000;

    private LikelyRenames() {
    }

    static List<DiffProblem> find(Matching matching) {
        List<DiffProblem> problems = new ArrayList<>();
        for (TablePair pair : matching.pairs) {
            columns(pair, problems);
        }
        tables(matching.dropped, matching.created, problems);
        return problems;
    }

    private static void columns(TablePair pair, List<DiffProblem> problems) {
        Set<String> matchedOld = new HashSet<>();
        Map<SqlType, Deque<Column>> addedByType = new HashMap<>();
        pair.to().columns().stream().sorted(Comparator.comparing(Column::name)).forEach(c -> {
            String old = pair.oldColumnName(c.name());
            if (old == null) {
                addedByType.computeIfAbsent(c.type(), t -> new ArrayDeque<>()).add(c);
            } else {
                matchedOld.add(old);
            }
        });
        if (addedByType.isEmpty()) {
            return;
        }
        pair.from().columns().stream()
                .filter(c -> !matchedOld.contains(c.name()))
                .sorted(Comparator.comparing(Column::name))
                .forEach(removed -> {
                    Deque<Column> candidates = addedByType.get(removed.type());
                    if (candidates != null && !candidates.isEmpty()) {
                        Column added = candidates.poll();
                        problems.add(new DiffProblem(DiffProblem.Kind.LIKELY_COLUMN_RENAME, pair.to().name(),
                                removed.name(), added.name(), DiffMessages.likelyColumnRename(
                                        pair.to().name(), removed.name(), added.name(), added.origin())));
                    }
                });
    }

    private static void tables(List<Table> dropped, List<Table> created, List<DiffProblem> problems) {
        if (dropped.isEmpty() || created.isEmpty()) {
            return;
        }
        List<Set<String>> createdSignatures = created.stream().map(LikelyRenames::signature).toList();
        boolean pairwise = (long) dropped.size() * created.size() <= MAX_PAIRS;
        Map<Set<String>, Deque<Integer>> exact = new HashMap<>();
        for (int i = 0; i < created.size(); i++) {
            exact.computeIfAbsent(createdSignatures.get(i), k -> new ArrayDeque<>()).add(i);
        }
        boolean[] used = new boolean[created.size()];
        for (Table removed : dropped) {
            Set<String> removedSignature = signature(removed);
            int best = -1;
            double bestScore = 0;
            Deque<Integer> same = removedSignature.isEmpty() ? new ArrayDeque<>()
                    : exact.getOrDefault(removedSignature, new ArrayDeque<>());
            while (!same.isEmpty() && best < 0) {
                int i = same.poll();
                if (!used[i]) {
                    best = i;
                    bestScore = 1;
                }
            }
            for (int i = 0; pairwise && bestScore < 1 && i < created.size(); i++) {
                if (used[i]) {
                    continue;
                }
                double score = similarity(removedSignature, createdSignatures.get(i));
                if (score >= 0.5 && score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                used[best] = true;
                Table added = created.get(best);
                problems.add(new DiffProblem(DiffProblem.Kind.LIKELY_TABLE_RENAME, added.name(),
                        removed.name().toString(), added.name().toString(),
                        DiffMessages.likelyTableRename(removed.name(), added.name(), added.origin())));
            }
        }
    }

    private static Set<String> signature(Table table) {
        Set<String> signature = new HashSet<>();
        for (Column c : table.columns()) {
            signature.add(c.name() + " " + c.type());
        }
        return signature;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        int larger = Math.max(a.size(), b.size());
        if (larger == 0) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> other = smaller == a ? b : a;
        int common = 0;
        for (String s : smaller) {
            if (other.contains(s)) {
                common++;
            }
        }
        return (double) common / larger;
    }
}
