package dev.mifty.schema.diff;

import static dev.mifty.schema.diff.T.INT8;
import static dev.mifty.schema.diff.T.TEXT;
import static dev.mifty.schema.diff.T.q;
import static dev.mifty.schema.diff.T.schema;
import static dev.mifty.schema.diff.T.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.diff.Change.DropTable;
import dev.mifty.schema.diff.Change.RenameColumn;
import dev.mifty.schema.diff.Change.RenameTable;
import dev.mifty.schema.model.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Removed orders, renamed user to orders" where a column of the renamed table is renamed too:
 * the column hints count when judging which old table the new one looks like (RoundTripTest
 * seed 99, -Dmifty.steps=8, pair 230: without them it was a tie, taken as already applied, and
 * the rows of user were lost).
 */
class RenameOntoDroppedTableTest {

    private final SchemaDiffer differ = new SchemaDiffer();

    private final Schema from = schema(
            table("user").notNull("c", INT8).col("name", TEXT).build(),
            table("orders").notNull("id", INT8).notNull("flag", INT8).col("ref", INT8).build());
    private final Schema to = schema(table("orders").col("flag", INT8).col("name", TEXT).build());
    private final RenameHints hints = new RenameHints(Map.of(q("user"), q("orders")),
            Map.of(q("orders"), Map.of("c", "flag")));

    @Test
    void renamedColumnsCountWhenJudgingATableRenameOntoATakenName() {
        DiffResult result = differ.diff(from, to, hints);
        assertThat(result.problems()).isEmpty();
        List<Change> changes = result.changes();
        assertThat(changes).anyMatch(c -> c instanceof DropTable d && d.table().name().equals(q("orders")));
        assertThat(changes).contains(new RenameTable(q("user"), q("orders")), new RenameColumn(q("orders"), "c", "flag"));
        Schema forward = ModelApplier.apply(from, changes);
        assertThat(forward.equalsIgnoringColumnOrder(to)).as("applied: %s", forward).isTrue();
        assertThat(ModelApplier.apply(forward, ModelApplier.inverses(changes)).equalsIgnoringColumnOrder(from)).isTrue();
    }

    @Test
    void theRenameAlreadyAppliedChangesNothing() {
        assertThat(differ.diff(to, to, hints)).isEqualTo(new DiffResult(List.of(), List.of()));
    }
}
