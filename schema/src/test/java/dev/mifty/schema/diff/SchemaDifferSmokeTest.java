package dev.mifty.schema.diff;

import static dev.mifty.schema.diff.T.INT4;
import static dev.mifty.schema.diff.T.TEXT;
import static dev.mifty.schema.diff.T.q;
import static dev.mifty.schema.diff.T.schema;
import static dev.mifty.schema.diff.T.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Schema;
import org.junit.jupiter.api.Test;

class SchemaDifferSmokeTest {

    private final SchemaDiffer differ = new SchemaDiffer();

    @Test
    void addAndDropColumn() {
        Schema from = schema(table("customers").id().col("phone", TEXT).build());
        Schema to = schema(table("customers").id().col("email", TEXT).build());
        DiffResult result = differ.diff(from, to, RenameHints.none());
        assertThat(result.changes()).containsExactly(
                new Change.AddColumn(q("customers"), Column.of("email", TEXT, true)),
                new Change.DropColumn(q("customers"), Column.of("phone", TEXT, true)));
        assertThat(result.problems()).extracting(DiffProblem::kind).containsExactly(DiffProblem.Kind.LIKELY_COLUMN_RENAME);
    }

    @Test
    void createTableThenItsForeignKeys() {
        Schema to = schema(table("a").id().col("b_id", INT4).fk("a_b_fk", "b_id", "b").build(),
                table("b").id().build());
        DiffResult result = differ.diff(Schema.empty(), to, RenameHints.none());
        assertThat(result.changes()).hasSize(3);
        assertThat(result.changes().get(2)).isInstanceOf(Change.AddForeignKey.class);
    }
}
