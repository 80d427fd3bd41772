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
        assertThat(t.columns()).containsExactly(
                Column.of("id", SqlType.of("int8"), false),
                Column.of("full_name", SqlType.varchar(255), true),
                Column.of("email", SqlType.varchar(40), false),
                Column.of("login_count", SqlType.of("int4"), false));
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
}
