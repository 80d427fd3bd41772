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
import java.util.function.ToIntBiFunction;

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
     * the old schema, or freed by another applied rename, or taken by an old definition that looks
     * less like the new one than the renamed one does (that old one is dropped: "removed b, renamed
     * a to b"). Otherwise the hint was applied by an earlier migration (or is a tie) and is ignored.
     */
    static <K> Map<K, K> applicable(Map<K, K> hints, Set<K> oldNames, Set<K> newNames, Comparator<K> order,
                                    ToIntBiFunction<K, K> likeness) {
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
            changed = applied.entrySet().removeIf(e -> oldNames.contains(e.getValue()) && !applied.containsKey(e.getValue())
                    && likeness.applyAsInt(e.getKey(), e.getValue()) <= likeness.applyAsInt(e.getValue(), e.getValue()));
        }
        dropStaleCycles(applied, likeness);
        return applied;
    }

    /**
     * A cycle of renames (a swap) is kept only when it matches old and new definitions better than
     * leaving the names alone (by {@code likeness}: how much old definition {@code a} resembles new
     * definition {@code b}). Otherwise the swap has already been applied by an earlier migration
     * (the hints stay in the code) and applying it again would swap back on every build; a swap of
     * identical definitions changes no schema and needs a hand-written migration.
     */
    private static <K> void dropStaleCycles(Map<K, K> applied, ToIntBiFunction<K, K> likeness) {
        Set<K> seen = new HashSet<>();
        List<List<K>> stale = new ArrayList<>();
        for (K start : applied.keySet()) {
            List<K> path = new ArrayList<>();
            K current = start;
            while (current != null && !seen.contains(current) && applied.containsKey(current)) {
                seen.add(current);
                path.add(current);
                current = applied.get(current);
            }
            if (current != null && current.equals(start) && path.size() > 1) {
                long kept = path.stream().mapToLong(k -> likeness.applyAsInt(k, k)).sum();
                long swapped = path.stream().mapToLong(k -> likeness.applyAsInt(k, applied.get(k))).sum();
                if (swapped <= kept) {
                    stale.add(path);
                }
            }
        }
        stale.forEach(cycle -> cycle.forEach(applied::remove));
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
