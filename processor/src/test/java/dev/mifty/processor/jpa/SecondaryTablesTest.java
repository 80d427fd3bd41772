package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.processor.pipeline.RenameResolver;
import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.DiffResult;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.sql.PostgresDialect;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @SecondaryTable}: bad input is an error on the attribute (Hibernate refuses a {@code table = ...} naming no
 * declared table), and a change of a secondary-table column is an ordinary table change (the oracle set
 * {@code secondary} compares the created schema with Hibernate's).
 */
class SecondaryTablesTest {

    @Test
    void aTableNoSecondaryTableDeclaresIsAnErrorOnTheAttribute() {
        JavaFileObject address = ReaderHarness.source("shop.Address",
                "package shop;",
                "@jakarta.persistence.Embeddable public class Address { String street; }");
        JavaFileObject src = ReaderHarness.source("shop.Customer",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity @SecondaryTable(name = \"customer_details\")",
                "public class Customer {",
                "  @Id Long id;",
                "  @Column(table = \"customer_details\") String phone;",
                "  @Column(table = \"customer\") String name;",
                "  @Column(table = \"customer_detail\") String typo;",
                "  @ManyToOne @JoinColumn(table = \"elsewhere\") Customer referrer;",
                "  @AttributeOverride(name = \"street\", column = @Column(table = \"addresses\"))",
                "  Address home;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, address, src);
        assertThat(r.compilation()).hadErrorCount(3);
        assertThat(r.compilation()).hadErrorContaining("[mifty:unknown-table] Customer.typo puts its column in table"
                + " customer_detail (@Column(table = \"customer_detail\")), which Customer does not declare")
                .inFile(src).onLineContaining("String typo;");
        assertThat(r.compilation()).hadErrorContaining("Customer.referrer puts its column in table elsewhere"
                + " (@JoinColumn(table = \"elsewhere\"))").inFile(src).onLineContaining("Customer referrer;");
        assertThat(r.compilation()).hadErrorContaining("Customer.home.street puts its column in table addresses")
                .inFile(src).onLineContaining("Address home;");
        assertThat(r.model().schema().tables()).isEmpty();
    }

    @Test
    void aOneToManyKeyInASecondaryTableIsAnErrorAsHibernateRefusesIt() {
        JavaFileObject region = ReaderHarness.source("shop.Region",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity @SecondaryTable(name = \"region_owners\") public class Region { @Id Long id; }");
        JavaFileObject src = ReaderHarness.source("shop.Customer",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity @SecondaryTable(name = \"customer_details\")",
                "public class Customer {",
                "  @Id Long id;",
                "  @OneToMany @JoinColumn(name = \"owner_id\", table = \"region_owners\") java.util.Set<Region> owned;",
                "  @ElementCollection @JoinColumn(table = \"customer_details\") java.util.Set<String> tags;",
                "  @OneToMany @JoinColumn(name = \"buyer_id\", table = \"customer\") java.util.Set<Region> bought;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, region, src);
        assertThat(r.compilation()).hadErrorCount(2);
        assertThat(r.compilation()).hadErrorContaining("[mifty:collection-key-table] Customer.owned's join column names"
                + " table region_owners, but a one-to-many's or element collection's key cannot live in a secondary table")
                .inFile(src).onLineContaining("Region> owned;");
        assertThat(r.compilation()).hadErrorContaining("Customer.tags's join column names table customer_details")
                .inFile(src).onLineContaining("String> tags;");
    }

    @Test
    void aSecondaryTableConstraintNamingNoColumnOfItIsAnError() {
        JavaFileObject src = ReaderHarness.source("shop.Customer",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity @SecondaryTable(name = \"customer_details\", indexes = @Index(columnList = \"name\"))",
                "public class Customer {",
                "  @Id Long id;",
                "  String name;",
                "  @Column(table = \"customer_details\") String phone;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, src);
        assertThat(r.compilation()).hadErrorContaining("@SecondaryTable(name = \"customer_details\") of Customer names"
                + " the column name, which table customer_details does not have").inFile(src)
                .onLineContaining("public class Customer");
    }

    @Test
    void renamingAndAddingSecondaryTableColumnsKeepsTheRows() throws SQLException {
        Schema v1 = read("@Column(table = \"customer_details\") String phone;").model().schema();
        ReaderHarness.Result second = read("@RenamedFrom(\"phone\") @Column(table = \"customer_details\") String mobile;",
                "@Column(table = \"customer_details\") java.time.LocalDate birthday;");
        assertThat(second.compilation()).succeededWithoutWarnings();
        Schema v2 = second.model().schema();
        Table details = v2.table(QualifiedName.of("customer_details")).orElseThrow();
        assertThat(details.primaryKey().columns()).containsExactly("id");
        assertThat(details.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("id");
            assertThat(fk.referencedTable()).isEqualTo(QualifiedName.of("customer"));
        });

        DiffResult diff = new SchemaDiffer().diff(v1, v2, new RenameResolver(Naming.SNAKE_CASE)
                .resolve(second.model().renames(), v1, v2));
        assertThat(diff.changes()).extracting(c -> c.getClass().getSimpleName())
                .containsExactlyInAnyOrder("RenameColumn", "AddColumn");

        String db = TestDatabases.newDatabase();
        PostgresDialect dialect = new PostgresDialect();
        try (Connection c = TestDatabases.connect(db); Statement s = c.createStatement()) {
            for (Change change : new SchemaDiffer().diff(Schema.empty(), v1).changes()) {
                for (String sql : dialect.render(change)) {
                    s.execute(sql);
                }
            }
            s.execute("insert into customer (id, name) values (1, 'Ada')");
            s.execute("insert into customer_details (id, phone) values (1, '555-0101')");
            for (Change change : diff.changes()) {
                for (String sql : dialect.render(change)) {
                    s.execute(sql);
                }
            }
            try (ResultSet rs = s.executeQuery("select mobile, birthday from customer_details where id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("555-0101");
                assertThat(rs.getObject(2)).isNull();
            }
            Schema live = new Introspector().read(c, "public");
            assertThat(new SchemaDiffer().diff(live, v2).changes()).as("the database is the new model").isEmpty();
        }
    }

    private static ReaderHarness.Result read(String... detailFields) {
        return ReaderHarness.read(Naming.SNAKE_CASE, ReaderHarness.source("shop.Customer",
                "package shop;",
                "import jakarta.persistence.*;",
                "import dev.mifty.annotations.RenamedFrom;",
                "@Entity @SecondaryTable(name = \"customer_details\")",
                "public class Customer {",
                "  @Id Long id;",
                "  String name;",
                String.join("\n", detailFields),
                "}"));
    }
}
