package dev.mifty.processor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationNamerTest {

    static final QualifiedName CUSTOMERS = QualifiedName.of("customers");
    static final QualifiedName ORDERS = QualifiedName.of("orders");

    static Table table(QualifiedName name) {
        return new Table(name, List.of(Column.of("id", SqlType.of("int8"), false)),
                new PrimaryKey(name.name() + "_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
    }

    static Change add(String column) {
        return new Change.AddColumn(CUSTOMERS, Column.of(column, SqlType.varchar(255), true));
    }

    @Test
    void createTableWithItsForeignKeysIndexesAndSequence() {
        List<Change> changes = List.of(new Change.CreateSequence(new Sequence(QualifiedName.of("orders_seq"), 1, 50)),
                new Change.CreateTable(table(ORDERS)),
                new Change.AddForeignKey(ORDERS, new ForeignKey("fk", List.of("customer_id"), CUSTOMERS, List.of("id"), null)),
                new Change.CreateIndex(ORDERS, new Index("idx", List.of("customer_id"), false)));
        assertThat(MigrationNamer.name(changes, false)).isEqualTo("create_orders");
        assertThat(MigrationNamer.name(List.of(new Change.CreateTable(table(CUSTOMERS)),
                new Change.CreateTable(table(ORDERS))), true)).isEqualTo("create_customers_and_orders");
        assertThat(MigrationNamer.name(List.of(new Change.CreateTable(table(CUSTOMERS)),
                new Change.CreateTable(table(ORDERS)), new Change.CreateTable(table(QualifiedName.of("lines")))), true))
                .isEqualTo("initial_schema");
    }

    @Test
    void theSchemasAndTypesOfNewTablesDoNotNameTheMigration() {
        dev.mifty.schema.model.EnumType status = new dev.mifty.schema.model.EnumType(QualifiedName.of("shop", "status"),
                List.of("NEW"));
        List<Change> changes = List.of(new Change.CreateSchema("shop"), new Change.CreateEnumType(status),
                new Change.CreateTable(table(ORDERS)));
        assertThat(MigrationNamer.name(changes, true)).isEqualTo("create_orders");
        assertThat(MigrationNamer.name(List.of(new Change.CreateEnumType(status)), false)).isEqualTo("update_status");
        assertThat(ChangeSummary.line(new Change.AlterEnumType(status,
                new dev.mifty.schema.model.EnumType(status.name(), List.of("NEW", "PAID")), List.of())))
                .isEqualTo("~ enum type shop.status [NEW] -> [NEW, PAID]");
        assertThat(ChangeSummary.line(new Change.CreateSchema("shop"))).isEqualTo("+ schema shop");
    }

    @Test
    void columnChanges() {
        assertThat(MigrationNamer.name(List.of(add("phone")), false)).isEqualTo("add_phone_to_customers");
        assertThat(MigrationNamer.name(List.of(add("phone"), add("email")), false))
                .isEqualTo("add_phone_and_email_to_customers");
        assertThat(MigrationNamer.name(List.of(add("a"), add("b"), add("c")), false)).isEqualTo("add_columns_to_customers");
        assertThat(MigrationNamer.name(List.of(new Change.RenameColumn(CUSTOMERS, "phone", "mobile")), false))
                .isEqualTo("rename_phone_to_mobile_in_customers");
        assertThat(MigrationNamer.name(List.of(add("phone").inverse()), false)).isEqualTo("drop_phone_from_customers");
        assertThat(MigrationNamer.name(List.of(add("phone"), new Change.SetNotNull(CUSTOMERS, "name")), false))
                .isEqualTo("update_customers");
    }

    @Test
    void tablesAndMixedChanges() {
        assertThat(MigrationNamer.name(List.of(new Change.RenameTable(CUSTOMERS, QualifiedName.of("clients"))), false))
                .isEqualTo("rename_customers_to_clients");
        assertThat(MigrationNamer.name(List.of(new Change.DropTable(table(ORDERS))), false)).isEqualTo("drop_orders");
        assertThat(MigrationNamer.name(List.of(add("phone"), new Change.CreateTable(table(ORDERS))), false))
                .isEqualTo("update_schema");
    }

    @Test
    void longNamesFallBack() {
        QualifiedName longName = QualifiedName.of("a_very_long_table_name_that_goes_on_and_on_and_on");
        assertThat(MigrationNamer.name(List.of(new Change.CreateTable(table(longName)),
                new Change.CreateTable(table(ORDERS))), false)).isEqualTo("update_schema");
    }
}
