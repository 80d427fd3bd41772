package dev.mifty.schema.diff;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Which rename hints apply, and in which order to run them so that no rename meets a name still
 * in use: chains ({@code a -> b, b -> c}) run from their end, cycles (swaps) go through a temporary name.
 */
final class RenameSteps {

    private RenameSteps() {
    }

    /**
     * The hints that apply (old -> new, sorted by old name): the old schema has the old name, the
     * new schema the new name, no other hint claims the same new name, and the new name is free in
     * the old schema or freed by another applied rename. A hint whose new name is taken for good in
     * the old schema was applied by an earlier migration (or is ambiguous) and is ignored.
     */
    static <K> Map<K, K> applicable(Map<K, K> hints, Set<K> oldNames, Set<K> newNames, Comparator<K> order) {
        Map<K, K> applied = new TreeMap<>(order);
        Set<K> claimed = new HashSet<>();
        for (Map.Entry<K, K> hint : sorted(hints, order).entrySet()) {
            K from = hint.getKey();
            K to = hint.getValue();
            if (!from.equals(to) && oldNames.contains(from) && newNames.contains(to) && claimed.add(to)) {
                applied.put(from, to);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = applied.entrySet().removeIf(e -> oldNames.contains(e.getValue()) && !applied.containsKey(e.getValue()));
        }
        return applied;
    }

    /**
     * The renames as steps (from, to) in a valid order: a rename runs once its target name is no
     * longer the source of a pending rename; when only cycles remain, the smallest source moves to
     * a temporary name first.
     */
    static <K> List<Map.Entry<K, K>> order(Map<K, K> renames, Comparator<K> order, BiFunction<K, Integer, K> temporary,
                                          Predicate<K> taken) {
        Map<K, K> pending = new TreeMap<>(order);
        pending.putAll(renames);
        List<Map.Entry<K, K>> steps = new ArrayList<>();
        int counter = 0;
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (Iterator<Map.Entry<K, K>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<K, K> rename = it.next();
                if (!pending.containsKey(rename.getValue())) {
                    steps.add(new SimpleEntry<>(rename.getKey(), rename.getValue()));
                    it.remove();
                    progressed = true;
                }
            }
            if (!progressed) {
                K source = pending.keySet().iterator().next();
                K temp;
                do {
                    temp = temporary.apply(source, ++counter);
                } while (taken.test(temp) || pending.containsKey(temp));
                steps.add(new SimpleEntry<>(source, temp));
                pending.put(temp, pending.remove(source));
            }
        }
        return steps;
    }

    private static <K> Map<K, K> sorted(Map<K, K> map, Comparator<K> order) {
        Map<K, K> sorted = new TreeMap<>(order);
        sorted.putAll(map);
        return sorted;
    }
}
