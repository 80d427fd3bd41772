package dev.mifty.schema.diff;

import static dev.mifty.schema.diff.T.INT4;
import static dev.mifty.schema.diff.T.INT8;
import static dev.mifty.schema.diff.T.TEXT;
import static dev.mifty.schema.diff.T.q;
import static dev.mifty.schema.diff.T.schema;
import static dev.mifty.schema.diff.T.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.schema.diff.Change.AddColumn;
import dev.mifty.schema.diff.Change.AddForeignKey;
import dev.mifty.schema.diff.Change.AddPrimaryKey;
import dev.mifty.schema.diff.Change.AlterColumnType;
import dev.mifty.schema.diff.Change.AlterDefault;
import dev.mifty.schema.diff.Change.AlterIdentity;
import dev.mifty.schema.diff.Change.CreateIndex;
import dev.mifty.schema.diff.Change.CreateSequence;
import dev.mifty.schema.diff.Change.CreateTable;
import dev.mifty.schema.diff.Change.DropColumn;
import dev.mifty.schema.diff.Change.DropForeignKey;
import dev.mifty.schema.diff.Change.DropIndex;
import dev.mifty.schema.diff.Change.DropPrimaryKey;
import dev.mifty.schema.diff.Change.DropTable;
import dev.mifty.schema.diff.Change.RenameColumn;
import dev.mifty.schema.diff.Change.RenameTable;
import dev.mifty.schema.diff.Change.SetNotNull;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {

    private final SchemaDiffer differ = new SchemaDiffer();

    private List<Change> changes(Schema from, Schema to) {
        return changes(from, to, RenameHints.none());
    }

    /** The changes, checked to apply and invert exactly on the model. */
    private List<Change> changes(Schema from, Schema to, RenameHints hints) {
        List<Change> changes = differ.diff(from, to, hints).changes();
        Schema forward = ModelApplier.apply(from, changes);
        assertThat(forward.equalsIgnoringColumnOrder(to)).as("applied: %s", forward).isTrue();
        assertThat(ModelApplier.apply(forward, ModelApplier.inverses(changes)).equalsIgnoringColumnOrder(from)).isTrue();
        return changes;
    }

    @Test
    void identicalSchemasGiveNoChanges() {
        Schema s = schema(table("a").id().col("x", TEXT).fk("a_a_fk", "id", "a").build());
        assertThat(differ.diff(s, s, RenameHints.none())).isEqualTo(new DiffResult(List.of(), List.of()));
    }

    @Test
    void foreignKeyCycleBetweenNewTablesIsCreatedTablesFirstThenKeys() {
        Table a = table("a").id().col("b_id", INT8).fk("a_b_fk", "b_id", "b").index("a_b_idx", false, "b_id").build();
        Table b = table("b").id().col("a_id", INT8).fk("b_a_fk", "a_id", "a").build();
        List<Change> changes = changes(Schema.empty(), schema(a, b));
        assertThat(changes).containsExactly(
                new CreateTable(TableDiffer.bare(a)),
                new CreateTable(TableDiffer.bare(b)),
                new CreateIndex(q("a"), a.indexes().get(0)),
                new AddForeignKey(q("a"), a.foreignKeys().get(0)),
                new AddForeignKey(q("b"), b.foreignKeys().get(0)));
    }

    @Test
    void droppingAReferencedTableDropsTheKeysThatPointAtItFirst() {
        Table parent = table("parent").id().index("parent_idx", false, "id").build();
        Table child = table("child").id().col("parent_id", INT8).fk("child_parent_fk", "parent_id", "parent").build();
        Table childAfter = table("child").id().col("parent_id", INT8).build();
        List<Change> changes = changes(schema(parent, child), schema(childAfter));
        assertThat(changes).containsExactly(
                new DropForeignKey(q("child"), child.foreignKeys().get(0)),
                new DropIndex(q("parent"), parent.indexes().get(0)),
                new DropTable(TableDiffer.bare(parent)));
    }

    @Test
    void changedPrimaryKeyDropsAndReaddsTheForeignKeysThatDependOnIt() {
        Table parent = table("parent").id().build();
        Table child = table("child").id().col("parent_id", INT8).fk("child_parent_fk", "parent_id", "parent").build();
        Table parentAfter = table("parent").id().pk("parent_pk", "id").build();
        List<Change> changes = changes(schema(parent, child), schema(parentAfter, child));
        assertThat(changes).containsExactly(
                new DropForeignKey(q("child"), child.foreignKeys().get(0)),
                new DropPrimaryKey(q("parent"), parent.primaryKey()),
                new AddPrimaryKey(q("parent"), parentAfter.primaryKey()),
                new AddForeignKey(q("child"), child.foreignKeys().get(0)));
    }

    @Test
    void typeChangeOfAReferencedKeyIsWrappedInForeignKeyDropAndAdd() {
        Table parent = table("parent").col(Column.of("id", INT4, false)).pk("parent_pkey", "id").build();
        Table child = table("child").id().col("parent_id", INT4).fk("child_parent_fk", "parent_id", "parent").build();
        Table parentAfter = table("parent").col(Column.of("id", INT8, false)).pk("parent_pkey", "id").build();
        Table childAfter = table("child").id().col("parent_id", INT8).fk("child_parent_fk", "parent_id", "parent").build();
        List<Change> changes = changes(schema(parent, child), schema(parentAfter, childAfter));
        assertThat(changes).containsExactly(
                new DropForeignKey(q("child"), child.foreignKeys().get(0)),
                new AlterColumnType(q("child"), "parent_id", INT4, INT8),
                new AlterColumnType(q("parent"), "id", INT4, INT8),
                new AddForeignKey(q("child"), child.foreignKeys().get(0)));
    }

    @Test
    void renameHintsGiveRenamesAndTheRestIsDiffedAfterThem() {
        Table before = table("customers").id().col("phone", INT4).build();
        Table after = table("clients").id().notNull("mobile", INT8).build();
        RenameHints hints = new RenameHints(Map.of(q("customers"), q("clients")),
                Map.of(q("clients"), Map.of("phone", "mobile")));
        DiffResult result = differ.diff(schema(before), schema(after), hints);
        assertThat(result.problems()).isEmpty();
        assertThat(result.changes()).containsExactly(
                new DropPrimaryKey(q("customers"), before.primaryKey()),
                new RenameTable(q("customers"), q("clients")),
                new RenameColumn(q("clients"), "phone", "mobile"),
                new AlterColumnType(q("clients"), "mobile", INT4, INT8),
                new SetNotNull(q("clients"), "mobile"),
                new AddPrimaryKey(q("clients"), after.primaryKey()));
        changes(schema(before), schema(after), hints);
    }

    @Test
    void aChainOfColumnRenamesRunsFromItsEnd() {
        Schema from = schema(table("p").id().col("a", INT4).col("b", TEXT).build());
        Schema to = schema(table("p").id().col("b", INT4).col("c", TEXT).build());
        List<Change> changes = changes(from, to, new RenameHints(Map.of(), Map.of(q("p"), Map.of("a", "b", "b", "c"))));
        assertThat(changes).containsExactly(new RenameColumn(q("p"), "b", "c"), new RenameColumn(q("p"), "a", "b"));
    }

    @Test
    void swappedColumnAndTableNamesGoThroughATemporaryName() {
        Schema from = schema(table("p").id().col("a", INT4).col("b", TEXT).build(), table("q").id().pk("q_pk", "id").build());
        Schema to = schema(table("q").id().pk("p_pkey", "id").col("b", INT4).col("a", TEXT).build(),
                table("p").id().pk("q_pk", "id").build());
        RenameHints hints = new RenameHints(Map.of(q("p"), q("q"), q("q"), q("p")),
                Map.of(q("q"), Map.of("a", "b", "b", "a")));
        DiffResult result = differ.diff(from, to, hints);
        assertThat(result.problems()).isEmpty();
        assertThat(changes(from, to, hints)).containsExactly(
                new RenameTable(q("p"), q("mifty_tmp_1")),
                new RenameTable(q("q"), q("p")),
                new RenameTable(q("mifty_tmp_1"), q("q")),
                new RenameColumn(q("q"), "a", "mifty_tmp_1"),
                new RenameColumn(q("q"), "b", "a"),
                new RenameColumn(q("q"), "mifty_tmp_1", "b"));
    }

    @Test
    void aSwapAlreadyAppliedIsNotAppliedAgain() {
        Schema swapped = schema(table("p").id().col("b", INT4).col("a", TEXT).build());
        RenameHints hints = new RenameHints(Map.of(), Map.of(q("p"), Map.of("a", "b", "b", "a")));
        assertThat(differ.diff(swapped, swapped, hints)).isEqualTo(new DiffResult(List.of(), List.of()));
        Schema retyped = schema(table("p").id().col("b", INT4).col("a", SqlType.varchar(10)).build());
        assertThat(changes(swapped, retyped, hints))
                .containsExactly(new AlterColumnType(q("p"), "a", TEXT, SqlType.varchar(10)));
    }

    @Test
    void removedBAndRenamedAToBDropsTheOldBBeforeTheRename() {
        Table t1 = table("p").id().col("a", TEXT).col("b", INT4).index("p_b_idx", false, "b").build();
        Table t2 = table("p").id().col("b", TEXT).index("p_b_idx", false, "b").build();
        Table child = table("child").id().col("p_id", INT8).fk("child_p_fk", "p_id", "p").build();
        Table q = table("q").id().col("x", TEXT).build();
        Table qRenamedToP = table("p").id().pk("q_pkey", "id").col("x", TEXT).build();
        RenameHints columnHint = new RenameHints(Map.of(), Map.of(q("p"), Map.of("a", "b")));
        assertThat(changes(schema(t1), schema(t2), columnHint)).containsExactly(
                new DropIndex(q("p"), t1.indexes().get(0)),
                new DropColumn(q("p"), Column.of("b", INT4, true)),
                new RenameColumn(q("p"), "a", "b"),
                new CreateIndex(q("p"), t2.indexes().get(0)));
        RenameHints tableHint = new RenameHints(Map.of(q("q"), q("p")), Map.of());
        Table childAfter = table("child").id().col("p_id", INT8).fk("child_p_fk", "p_id", "p").build();
        List<Change> changes = changes(schema(t1, child, q), schema(qRenamedToP, childAfter), tableHint);
        assertThat(changes).filteredOn(c -> c instanceof DropTable || c instanceof RenameTable || c instanceof DropForeignKey)
                .containsExactly(new DropForeignKey(q("child"), child.foreignKeys().get(0)),
                        new DropTable(TableDiffer.bare(t1)), new RenameTable(q("q"), q("p")));
    }

    @Test
    void aHintWhoseNewNameStaysTakenIsIgnored() {
        Schema from = schema(table("p").id().col("a", INT4).col("b", INT4).build());
        Schema to = schema(table("p").id().col("b", INT4).build());
        List<Change> changes = changes(from, to, new RenameHints(Map.of(), Map.of(q("p"), Map.of("a", "b"))));
        assertThat(changes).containsExactly(new DropColumn(q("p"), Column.of("a", INT4, true)));
    }

    @Test
    void renamedTableKeepsForeignKeysThatPointAtIt() {
        Table parent = table("parent").id().pk("pk_parent", "id").build();
        Table child = table("child").id().col("parent_id", INT8).fk("child_parent_fk", "parent_id", "parent").build();
        Table renamed = table("mother").id().pk("pk_parent", "id").build();
        Table childAfter = table("child").id().col("parent_id", INT8).fk("child_parent_fk", "parent_id", "mother").build();
        List<Change> changes = changes(schema(parent, child), schema(renamed, childAfter),
                new RenameHints(Map.of(q("parent"), q("mother")), Map.of()));
        assertThat(changes).containsExactly(new RenameTable(q("parent"), q("mother")));
    }

    @Test
    void aHintAlreadyAppliedIsANoOpAndAnUnknownSourceIsAProblem() {
        Schema s = schema(table("clients").id().col("mobile", TEXT).build());
        RenameHints stale = new RenameHints(Map.of(q("customers"), q("clients")),
                Map.of(q("clients"), Map.of("phone", "mobile")));
        assertThat(differ.diff(s, s, stale)).isEqualTo(new DiffResult(List.of(), List.of()));

        Schema to = schema(table("clients").id().col("mobile", TEXT).col("fax", TEXT).build());
        RenameHints unknown = new RenameHints(Map.of(q("nowhere"), q("elsewhere")),
                Map.of(q("clients"), Map.of("telex", "fax")));
        DiffResult result = differ.diff(s, to, unknown);
        assertThat(result.problems()).extracting(DiffProblem::kind, DiffProblem::oldName, DiffProblem::newName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DiffProblem.Kind.UNKNOWN_RENAME_SOURCE, "nowhere", "elsewhere"),
                        org.assertj.core.groups.Tuple.tuple(DiffProblem.Kind.UNKNOWN_RENAME_SOURCE, "telex", "fax"));
        assertThat(result.problems().get(1).message()).contains("telex", "fax", "clients");
        assertThat(result.changes()).containsExactly(new AddColumn(q("clients"), Column.of("fax", TEXT, true)));
    }

    @Test
    void renameToTheOldNameOfAnotherRenamedTableAndANewTableWithTheOldName() {
        Table a = table("a").id().pk("pk_a", "id").build();
        Table b = table("b").id().pk("pk_a", "id").build();
        Table newA = table("a").id().pk("pk_a2", "id").build();
        List<Change> changes = changes(schema(a), schema(b, newA), new RenameHints(Map.of(q("a"), q("b")), Map.of()));
        assertThat(changes).containsExactly(new RenameTable(q("a"), q("b")), new CreateTable(newA));
    }

    @Test
    void likelyRenamesAreAllReportedAndStillDiffedAsDropAndAdd() {
        Table customers = table("customers").id().col("phone", TEXT).col("age", INT4).build();
        Table customersAfter = table("customers").id().col("mobile", TEXT).col("years", INT4).build();
        Table legacy = table("orders").id().col("total", INT4).col("placed", TEXT).build();
        Table renamed = table("purchases").id().col("total", INT4).col("placed", TEXT).col("extra", TEXT).build();
        DiffResult result = differ.diff(schema(customers, legacy), schema(customersAfter, renamed), RenameHints.none());
        assertThat(result.problems()).extracting(DiffProblem::kind, DiffProblem::oldName, DiffProblem::newName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DiffProblem.Kind.LIKELY_COLUMN_RENAME, "age", "years"),
                        org.assertj.core.groups.Tuple.tuple(DiffProblem.Kind.LIKELY_COLUMN_RENAME, "phone", "mobile"),
                        org.assertj.core.groups.Tuple.tuple(DiffProblem.Kind.LIKELY_TABLE_RENAME, "orders", "purchases"));
        assertThat(result.problems().get(1).message()).contains("@RenamedFrom(\"phone\")", "mobile", "customers");
        assertThat(result.problems().get(2).message()).contains("@RenamedFrom(\"orders\")");
        assertThat(result.changes()).filteredOn(c -> c instanceof DropColumn).hasSize(2);
        assertThat(result.changes()).filteredOn(c -> c instanceof DropTable).hasSize(1);
    }

    @Test
    void tablesSharingLessThanHalfTheirColumnsAreNotALikelyRename() {
        Table old = table("a").id().col("x", TEXT).col("y", TEXT).col("z", TEXT).build();
        Table added = table("b").id().col("p", TEXT).col("q", TEXT).col("r", TEXT).build();
        assertThat(differ.diff(schema(old), schema(added), RenameHints.none()).problems()).isEmpty();
    }

    @Test
    void manyDroppedAndAddedTablesStillFindIdenticalOnesWithoutComparingEveryPair() {
        List<Table> before = new java.util.ArrayList<>();
        List<Table> after = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            before.add(table("old" + i).id().col("f" + i, TEXT).build());
            after.add(table("new" + i).id().col(i % 2 == 0 ? "f" + i : "g" + i, TEXT).build());
        }
        DiffResult result = differ.diff(new Schema(before, List.of()), new Schema(after, List.of()), RenameHints.none());
        assertThat(result.problems()).hasSize(500).allMatch(p -> p.kind() == DiffProblem.Kind.LIKELY_TABLE_RENAME
                && p.oldName().substring(3).equals(p.newName().substring(3)));
    }

    @Test
    void columnStepsAreOrderedSoThatEachIsValid() {
        Column before = new Column("code", TEXT, true, "'x'", Identity.NONE, null);
        Column after = new Column("code", INT8, false, null, Identity.BY_DEFAULT, null);
        Table t1 = table("t").id().col(before).build();
        Table t2 = table("t").id().col(after).build();
        List<Change> changes = changes(schema(t1), schema(t2));
        assertThat(changes).containsExactly(
                new AlterDefault(q("t"), "code", "'x'", null),
                new AlterColumnType(q("t"), "code", TEXT, INT8),
                new SetNotNull(q("t"), "code"),
                new AlterIdentity(q("t"), "code", Identity.NONE, Identity.BY_DEFAULT));
        assertThat(ModelApplier.inverses(changes)).containsExactly(
                new AlterIdentity(q("t"), "code", Identity.BY_DEFAULT, Identity.NONE),
                new Change.DropNotNull(q("t"), "code"),
                new AlterColumnType(q("t"), "code", INT8, TEXT),
                new AlterDefault(q("t"), "code", null, "'x'"));
    }

    @Test
    void sequencesAreCreatedFirstAndDroppedLast() {
        QualifiedName seq = q("order_seq");
        Sequence s = new Sequence(seq, 1, 50);
        Table orders = table("orders").col(new Column("id", INT8, false, "nextval('order_seq')", Identity.NONE, null)).build();
        Table old = table("old").id().build();
        Sequence gone = new Sequence(q("gone_seq"), 1, 1);
        List<Change> changes = changes(schema(List.of(old), gone), schema(List.of(orders), s));
        assertThat(changes.get(0)).isEqualTo(new CreateSequence(s));
        assertThat(changes.get(changes.size() - 1)).isEqualTo(new Change.DropSequence(gone));
        Sequence altered = new Sequence(seq, 5, 10);
        assertThat(changes(schema(List.of(), s), schema(List.of(), altered)))
                .containsExactly(new Change.AlterSequence(s, altered));
    }

    @Test
    void aConstraintChangedUnderTheSameNameIsDroppedAndAdded() {
        Table t1 = table("t").id().col("a", TEXT).col("b", TEXT).unique("t_uq", "a").check("t_ck", "a <> ''")
                .index("t_idx", false, "a").build();
        Table t2 = table("t").id().col("a", TEXT).col("b", TEXT).unique("t_uq", "a", "b").check("t_ck", "b <> ''")
                .index("t_idx", false, "a desc").build();
        List<Change> changes = changes(schema(t1), schema(t2));
        assertThat(changes).map(c -> c.getClass().getSimpleName()).containsExactly(
                "DropCheck", "DropIndex", "DropUnique", "AddCheck", "CreateIndex", "AddUnique");
    }

    @Test
    void columnOrderDoesNotMatter() {
        Table t1 = table("t").id().col("a", TEXT).col("b", INT4).build();
        Table t2 = table("t").col("b", INT4).col("a", TEXT).id().build();
        assertThat(differ.diff(schema(t1), schema(t2), RenameHints.none()).changes()).isEmpty();
    }

    @Test
    void schemaQualifiedTablesAreDistinctTables() {
        Table inPublic = table("t").id().build();
        Table inBilling = table(QualifiedName.of("billing", "t")).id().pk("t_pkey2", "id").build();
        List<Change> changes = changes(schema(inPublic), schema(inPublic, inBilling));
        assertThat(changes).containsExactly(new Change.CreateSchema("billing"), new CreateTable(inBilling));
    }

    @Test
    void theModelApplierRefusesAnInvalidOrder() {
        Table a = table("a").id().col("b_id", INT8).fk("a_b_fk", "b_id", "b").build();
        Table b = table("b").id().build();
        List<Change> valid = changes(Schema.empty(), schema(a, b));
        List<Change> foreignKeyFirst = List.of(valid.get(2), valid.get(0), valid.get(1));
        assertThatThrownBy(() -> ModelApplier.apply(Schema.empty(), foreignKeyFirst))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no table");
        List<Change> dropReferenced = List.of(new DropTable(TableDiffer.bare(b)));
        assertThatThrownBy(() -> ModelApplier.apply(schema(a, b), dropReferenced))
                .hasMessageContaining("still referenced");
        List<Change> dropKey = List.of(new DropPrimaryKey(q("b"), new PrimaryKey("b_pkey", List.of("id"))));
        assertThatThrownBy(() -> ModelApplier.apply(schema(a, b), dropKey)).hasMessageContaining("depends on the key");
        List<Change> retype = List.of(new AlterColumnType(q("b"), "id", INT8, SqlType.of("int4")));
        assertThatThrownBy(() -> ModelApplier.apply(schema(a, b), retype)).hasMessageContaining("foreign key");
    }
}
