package dev.mifty.schema.diff;

import static dev.mifty.schema.diff.T.INT8;
import static dev.mifty.schema.diff.T.q;
import static dev.mifty.schema.diff.T.schema;
import static dev.mifty.schema.diff.T.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.diff.Change.AlterColumnType;
import dev.mifty.schema.diff.Change.RenameColumn;
import dev.mifty.schema.diff.Change.RenameTable;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.SqlType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A swap of two column names where one is a foreign-key column and the other one's type changes:
 * by definitions alone swapped and kept names score the same, the foreign key tells them apart
 * (RoundTripKnownBugsTest found it: the differ moved the key and retyped instead of swapping).
 */
class ForeignKeyColumnSwapTest {

    private static final SqlType INT2 = SqlType.of("int2");

    private final SchemaDiffer differ = new SchemaDiffer();

    /** Old: a int2, r int8 -> parent. New: r int8 (the old a, widened), a int8 -> parent (the old r). */
    private static Schema before(String table) {
        return schema(table("parent").id().build(),
                table(table).id().pk("swapped_pk", "id").col("a", INT2).col("r", INT8).fk("fk_r", "r", "parent").build());
    }

    private static Schema after(String table) {
        return schema(table("parent").id().build(),
                table(table).id().pk("swapped_pk", "id").col("r", INT8).col("a", INT8).fk("fk_r", "a", "parent").build());
    }

    private List<Change> changes(Schema from, Schema to, RenameHints hints) {
        DiffResult result = differ.diff(from, to, hints);
        assertThat(result.problems()).isEmpty();
        Schema forward = ModelApplier.apply(from, result.changes());
        assertThat(forward.equalsIgnoringColumnOrder(to)).as("applied: %s", forward).isTrue();
        assertThat(ModelApplier.apply(forward, ModelApplier.inverses(result.changes())).equalsIgnoringColumnOrder(from))
                .isTrue();
        return result.changes();
    }

    @Test
    void swapWithAForeignKeyColumnRenamesAndKeepsTheKey() {
        RenameHints hints = new RenameHints(Map.of(), Map.of(q("p"), Map.of("a", "r", "r", "a")));
        assertThat(changes(before("p"), after("p"), hints)).containsExactly(
                new RenameColumn(q("p"), "a", "mifty_tmp_1"),
                new RenameColumn(q("p"), "r", "a"),
                new RenameColumn(q("p"), "mifty_tmp_1", "r"),
                new AlterColumnType(q("p"), "r", INT2, INT8));
    }

    @Test
    void theSameSwapAlreadyAppliedChangesNothing() {
        RenameHints hints = new RenameHints(Map.of(), Map.of(q("p"), Map.of("a", "r", "r", "a")));
        assertThat(differ.diff(after("p"), after("p"), hints)).isEqualTo(new DiffResult(List.of(), List.of()));
    }

    @Test
    void swapWithAForeignKeyColumnInsideATableSwap() {
        Schema from = schema(before("p").tables().get(0), before("p").tables().get(1), table("q").id().pk("other_pk", "id").build());
        Schema to = schema(after("q").tables().get(0), after("q").tables().get(1), table("p").id().pk("other_pk", "id").build());
        RenameHints hints = new RenameHints(Map.of(q("p"), q("q"), q("q"), q("p")),
                Map.of(q("q"), Map.of("a", "r", "r", "a")));
        assertThat(changes(from, to, hints)).containsExactly(
                new RenameTable(q("p"), q("mifty_tmp_1")),
                new RenameTable(q("q"), q("p")),
                new RenameTable(q("mifty_tmp_1"), q("q")),
                new RenameColumn(q("q"), "a", "mifty_tmp_1"),
                new RenameColumn(q("q"), "r", "a"),
                new RenameColumn(q("q"), "mifty_tmp_1", "r"),
                new AlterColumnType(q("q"), "r", INT2, INT8));
    }
}
