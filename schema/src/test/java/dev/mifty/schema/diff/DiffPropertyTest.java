package dev.mifty.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For random schema pairs (fixed, printed seed): the diff applied to the old model gives the new
 * one, the inverses in reverse order give the old one back, every change is valid where it stands
 * ({@link ModelApplier} refuses what PostgreSQL would refuse), and the diff is deterministic.
 */
class DiffPropertyTest {

    private static final long SEED = Long.getLong("mifty.seed", 20261124L);
    private static final int PAIRS = 1000;

    private final SchemaDiffer differ = new SchemaDiffer();

    @Test
    void diffAppliesAndInvertsExactly() {
        System.out.println("DiffPropertyTest seed " + SEED + " (-Dmifty.seed=... to replay)");
        Random random = new Random(SEED);
        Map<String, Integer> kinds = new TreeMap<>();
        for (int i = 0; i < PAIRS; i++) {
            RandomDiffPairs.Pair pair = RandomDiffPairs.pair(random);
            String context = "pair #" + i + " seed " + SEED + "\nfrom: " + pair.from() + "\nto:   " + pair.to()
                    + "\nhints: " + pair.hints();
            DiffResult result = differ.diff(pair.from(), pair.to(), pair.hints());
            List<Change> changes = result.changes();
            changes.forEach(c -> kinds.merge(c.getClass().getSimpleName(), 1, Integer::sum));
            changes.stream().filter(c -> c instanceof Change.AddForeignKey a && a.foreignKey().columns().size() > 1)
                    .forEach(c -> kinds.merge("(composite foreign key)", 1, Integer::sum));
            Schema forward;
            Schema back;
            try {
                forward = ModelApplier.apply(pair.from(), changes);
                back = ModelApplier.apply(forward, ModelApplier.inverses(changes));
            } catch (IllegalStateException e) {
                throw new AssertionError(context + "\nchanges: " + changes + "\n" + e.getMessage(), e);
            }
            assertThat(forward.equalsIgnoringColumnOrder(pair.to())).as(context + "\nchanges: " + changes + "\ngot: " + forward).isTrue();
            assertThat(back.equalsIgnoringColumnOrder(pair.from())).as(context + "\nchanges: " + changes).isTrue();
            assertThat(differ.diff(pair.from(), pair.to(), pair.hints())).as("deterministic").isEqualTo(result);
            assertThat(result.problems()).as(context).noneMatch(p -> p.kind() == DiffProblem.Kind.UNKNOWN_RENAME_SOURCE);
            DiffResult again = differ.diff(pair.to(), pair.to(), pair.hints());
            assertThat(again.changes()).as("hints already applied are no-ops: " + context).isEmpty();
            assertThat(again.problems()).as("hints already applied are no-ops: " + context).isEmpty();
        }
        System.out.println("change kinds exercised: " + kinds);
        assertThat(kinds.keySet()).as("the generator covers every kind of change")
                .containsAll(Arrays.stream(Change.class.getPermittedSubclasses()).map(Class::getSimpleName).toList())
                .contains("(composite foreign key)");
    }
}
