package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import org.junit.jupiter.api.Test;

class BasicMappingTest {

    @Test
    void basicEntityWithSequenceId() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, ReaderHarness.source("shop.CustomerAccount",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class CustomerAccount {",
                "  @Id @GeneratedValue Long id;",
                "  String fullName;",
                "  @Column(length = 40, nullable = false, unique = true) String email;",
                "  int loginCount;",
                "  static int counter;",
                "  transient String cache;",
                "  @Transient String other;",
                "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table t = r.model().schema().table(QualifiedName.of("customer_account")).orElseThrow();
        // Hibernate's order: by physical size (int4, int8, varchar(40), varchar(255) counts as 10485760), then name
        assertThat(t.columns()).containsExactly(
                Column.of("login_count", SqlType.of("int4"), false),
                Column.of("id", SqlType.of("int8"), false),
                Column.of("email", SqlType.varchar(40), false),
                Column.of("full_name", SqlType.varchar(255), true));
        assertThat(t.primaryKey().columns()).containsExactly("id");
        assertThat(t.uniqueConstraints()).singleElement().satisfies(u -> assertThat(u.columns()).containsExactly("email"));
        assertThat(r.model().schema().sequences())
                .containsExactly(new Sequence(QualifiedName.of("customer_account_seq"), 1, 50));
    }

    @Test
    void identityAndJpaNaming() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.JPA, ReaderHarness.source("shop.OrderLine",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity @Table(name = \"OrderLines\")",
                "public class OrderLine {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) long lineId;",
                "  String productName;",
                "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table t = r.model().schema().table(QualifiedName.of("orderlines")).orElseThrow();
        assertThat(t.columns()).containsExactly(
                new Column("lineid", SqlType.of("int8"), false, null, Identity.BY_DEFAULT, null),
                Column.of("productname", SqlType.varchar(255), true));
        assertThat(r.model().schema().sequences()).isEmpty();
    }

    @Test
    void tableSchemaAndNamedConstraints() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, ReaderHarness.source("shop.StockItem",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(name = \"StockItems\", schema = \"Inventory\",",
                "    uniqueConstraints = @UniqueConstraint(name = \"uk_sku\", columnNames = \"skuCode\"),",
                "    indexes = @Index(columnList = \"warehouseName, skuCode desc\"))",
                "public class StockItem {",
                "  @Id @GeneratedValue @SequenceGenerator(name = \"stock\", schema = \"Inventory\") Long id;",
                "  String skuCode;",
                "  String warehouseName;",
                "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table t = r.model().schema().table(QualifiedName.of("inventory", "stock_items")).orElseThrow();
        assertThat(t.uniqueConstraints()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("uk_sku");
            assertThat(u.columns()).containsExactly("sku_code");
        });
        assertThat(t.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("stock_items_warehouse_name_sku_code_idx");
            assertThat(i.columns()).containsExactly("warehouse_name", "sku_code desc");
            assertThat(i.unique()).isFalse();
        });
        assertThat(t.primaryKey().name()).isEqualTo("stock_items_pkey");
    }

    @Test
    void unknownColumnInTableConstraintIsAnError() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, ReaderHarness.source("shop.Thing",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(uniqueConstraints = @UniqueConstraint(columnNames = \"nmae\"))",
                "public class Thing {",
                "  @Id Long id;",
                "  String name;",
                "}"));
        assertThat(r.compilation()).hadErrorContaining("[mifty:unknown-column] @Table of Thing names the column nmae,"
                + " which table thing does not have").inFile(r.compilation().sourceFiles().get(0))
                .onLineContaining("public class Thing");
    }
}
