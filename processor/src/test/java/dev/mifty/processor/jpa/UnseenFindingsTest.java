package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import org.junit.jupiter.api.Test;

/**
 * One focused test per mismatch found by {@code UnseenModelsOracleTest} (the Hibernate-judged
 * models under {@code fixtures/unseen}); the expected values are what Hibernate 6.6 creates.
 */
class UnseenFindingsTest {

    @Test
    void anAttributeOverrideColumnReplacesTheEmbeddableFieldsLengthAndPrecision() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE,
                ReaderHarness.source("hr.Money",
                        "package hr;",
                        "import jakarta.persistence.*;",
                        "@Embeddable public class Money {",
                        "  @Column(precision = 12, scale = 2) java.math.BigDecimal amount;",
                        "  @Column(length = 3) String currency;",
                        "}"),
                ReaderHarness.source("hr.Employee",
                        "package hr;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Employee {",
                        "  @Id Long id;",
                        "  @AttributeOverride(name = \"amount\", column = @Column(name = \"salary_amount\", nullable = false))",
                        "  @AttributeOverride(name = \"currency\", column = @Column(name = \"salary_currency\", length = 5))",
                        "  Money salary;",
                        "  Money bonus;",
                        "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table t = table(r, "employee");
        assertThat(t.column("salary_amount").orElseThrow()).isEqualTo(Column.of("salary_amount", SqlType.numeric(38, 2), false));
        assertThat(t.column("salary_currency").orElseThrow().type()).isEqualTo(SqlType.varchar(5));
        assertThat(t.column("amount").orElseThrow().type()).isEqualTo(SqlType.numeric(12, 2));
        assertThat(t.column("currency").orElseThrow().type()).isEqualTo(SqlType.varchar(3));
    }

    @Test
    void aSingleTableSubclassColumnExplicitlyNotNullStaysNotNull() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE,
                ReaderHarness.source("iot.Event",
                        "package iot;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Event { @Id Long id; }"),
                ReaderHarness.source("iot.Alarm",
                        "package iot;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Alarm extends Event {",
                        "  @Column(nullable = false) String code;",
                        "  @Basic(optional = false) String source;",
                        "  boolean acknowledged;",
                        "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table t = table(r, "event");
        assertThat(t.column("code").orElseThrow().nullable()).isFalse();
        assertThat(t.column("source").orElseThrow().nullable()).isTrue();
        assertThat(t.column("acknowledged").orElseThrow().nullable()).isTrue();
    }

    @Test
    void basicTypesHibernateMapsToVarcharAndArrays() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, ReaderHarness.source("misc.Venue",
                "package misc;",
                "import jakarta.persistence.*;",
                "@Entity public class Venue {",
                "  @Id Long id;",
                "  java.net.URL website;",
                "  java.util.Locale locale;",
                "  java.util.Currency currency;",
                "  java.time.ZoneId zone;",
                "  java.util.TimeZone timeZone;",
                "  String[] aliases;",
                "  @Column(length = 20) String[] shortAliases;",
                "  int[] seatRows;",
                "  Long[] ids;",
                "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table t = table(r, "venue");
        assertThat(t.column("website").orElseThrow().type()).isEqualTo(SqlType.varchar(255));
        assertThat(t.column("locale").orElseThrow().type()).isEqualTo(SqlType.varchar(255));
        assertThat(t.column("currency").orElseThrow().type()).isEqualTo(SqlType.varchar(3));
        assertThat(t.column("zone").orElseThrow().type()).isEqualTo(SqlType.varchar(255));
        assertThat(t.column("time_zone").orElseThrow().type()).isEqualTo(SqlType.varchar(255));
        assertThat(t.column("aliases").orElseThrow().type()).isEqualTo(new SqlType("_varchar", 255, null, null));
        assertThat(t.column("short_aliases").orElseThrow().type()).isEqualTo(new SqlType("_varchar", 20, null, null));
        assertThat(t.column("seat_rows").orElseThrow().type()).isEqualTo(SqlType.of("_int4"));
        assertThat(t.column("ids").orElseThrow().type()).isEqualTo(SqlType.of("_int8"));
    }

    @Test
    void hibernateAnnotationsThatShapeTheSchema() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE,
                ReaderHarness.source("shop.Product",
                        "package shop;",
                        "import jakarta.persistence.*;",
                        "import org.hibernate.annotations.*;",
                        "import org.hibernate.type.SqlTypes;",
                        "@Entity public class Product {",
                        "  @jakarta.persistence.Id Long id;",
                        "  @NaturalId String sku;",
                        "  @NaturalId(mutable = true) String vendor;",
                        "  @ColumnDefault(\"0\") Integer stock;",
                        "  @Formula(\"stock * 2\") Integer doubled;",
                        "  @JdbcTypeCode(SqlTypes.JSON) java.util.Map<String, Object> specs;",
                        "}"),
                ReaderHarness.source("shop.Line",
                        "package shop;",
                        "import jakarta.persistence.*;",
                        "import org.hibernate.annotations.*;",
                        "@Entity public class Line {",
                        "  @jakarta.persistence.Id Long id;",
                        "  @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) Product product;",
                        "  @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) Product spare;",
                        "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table p = table(r, "product");
        assertThat(p.column("doubled")).isEmpty();
        assertThat(p.column("stock").orElseThrow().defaultValue()).isEqualTo("0");
        assertThat(p.column("specs").orElseThrow().type()).isEqualTo(SqlType.of("jsonb"));
        assertThat(p.uniqueConstraints()).singleElement()
                .satisfies(u -> assertThat(u.columns()).containsExactlyInAnyOrder("sku", "vendor"));
        Table l = table(r, "line");
        assertThat(l.foreignKeys()).extracting(fk -> fk.columns().get(0) + " " + fk.onDelete())
                .containsExactlyInAnyOrder("product_id " + ReferentialAction.CASCADE, "spare_id " + ReferentialAction.SET_NULL);
    }

    @Test
    void onDeleteOnCollectionsAndJoinedSubclasses() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE,
                ReaderHarness.source("hr.Person",
                        "package hr;",
                        "import jakarta.persistence.*;",
                        "import org.hibernate.annotations.*;",
                        "@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Person {",
                        "  @jakarta.persistence.Id Long id;",
                        "  @ElementCollection @OnDelete(action = OnDeleteAction.CASCADE) java.util.Set<String> skills;",
                        "  @ManyToMany @OnDelete(action = OnDeleteAction.CASCADE) java.util.Set<Person> friends;",
                        "  @OneToMany @JoinColumn(name = \"owner_id\") @OnDelete(action = OnDeleteAction.CASCADE)",
                        "  java.util.List<Person> pets;",
                        "}"),
                ReaderHarness.source("hr.Worker",
                        "package hr;",
                        "import jakarta.persistence.*;",
                        "import org.hibernate.annotations.*;",
                        "@Entity @OnDelete(action = OnDeleteAction.CASCADE) public class Worker extends Person {",
                        "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        assertThat(table(r, "person_skills").foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE));
        // Hibernate 6.6 ignores it on a many-to-many's join table
        assertThat(table(r, "person_friends").foreignKeys()).allSatisfy(fk ->
                assertThat(fk.onDelete()).isEqualTo(ReferentialAction.NO_ACTION));
        assertThat(table(r, "person").foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE));
        assertThat(table(r, "worker").foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE));
    }

    @Test
    void aReservedColumnNameSuggestsColumnNotTable() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.JPA, ReaderHarness.source("iot.Reading",
                "package iot;",
                "import jakarta.persistence.*;",
                "@Entity public class Reading {",
                "  @Id Long id;",
                "  java.time.LocalTime localTime;",
                "}"));
        assertThat(r.compilation()).hadErrorContaining("@Column(name = \"localtime_value\")");
        assertThat(r.compilation().errors().get(0).getMessage(null)).doesNotContain("@Table");
    }

    @Test
    void lobsEntityMapKeysNonKeyReferencesAndOrderColumnsOfMappedByLists() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE,
                ReaderHarness.source("x.Account",
                        "package x;",
                        "import jakarta.persistence.*;",
                        "@Entity(name = \"Acct\") public class Account {",
                        "  @Id Long id;",
                        "  @Column(unique = true) String email;",
                        "  java.sql.Blob avatar;",
                        "  java.sql.Clob notes;",
                        "  @OneToMany(mappedBy = \"account\") @OrderColumn(name = \"pos\") java.util.List<Entry> entries;",
                        "}"),
                ReaderHarness.source("x.Entry",
                        "package x;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Entry {",
                        "  @Id Long id;",
                        "  @ManyToOne Account account;",
                        "  @ManyToOne @JoinColumn(name = \"owner_email\", referencedColumnName = \"email\") Account owner;",
                        "  @ElementCollection @MapKeyJoinColumn(name = \"account_ref\") java.util.Map<Account, Integer> shares;",
                        "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table acct = table(r, "acct");
        assertThat(acct.column("avatar").orElseThrow().type()).isEqualTo(SqlType.of("oid"));
        assertThat(acct.column("notes").orElseThrow().type()).isEqualTo(SqlType.of("oid"));
        Table entry = table(r, "entry");
        assertThat(entry.column("pos").orElseThrow()).isEqualTo(Column.of("pos", SqlType.of("int4"), true));
        assertThat(entry.column("owner_email").orElseThrow().type()).isEqualTo(SqlType.varchar(255));
        assertThat(entry.foreignKeys()).anySatisfy(fk -> {
            assertThat(fk.columns()).containsExactly("owner_email");
            assertThat(fk.referencedColumns()).containsExactly("email");
        });
        Table shares = table(r, "entry_shares");
        assertThat(shares.column("account_ref").orElseThrow().type()).isEqualTo(SqlType.of("int8"));
        assertThat(shares.foreignKeys()).anySatisfy(fk -> assertThat(fk.columns()).containsExactly("account_ref"));
        assertThat(shares.primaryKey().columns()).containsExactlyInAnyOrder("entry_id", "account_ref");
    }

    @Test
    void whatHibernateRefusesAtStartUpIsAnErrorOnTheField() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE,
                ReaderHarness.source("x.Account",
                        "package x;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Account {",
                        "  @Id Long id;",
                        "  String email;",
                        "  Character[] initials;",
                        "}"),
                ReaderHarness.source("x.Entry",
                        "package x;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Entry {",
                        "  @Id Long id;",
                        "  @ManyToOne @JoinColumn(referencedColumnName = \"email\") Account owner;",
                        "}"));
        assertThat(r.compilation()).hadErrorContaining("use char[] instead");
        assertThat(r.compilation()).hadErrorContaining("which is not unique")
                .inFile(ReaderHarness.source("x.Entry", "")).onLine(5);
    }

    @Test
    void noForeignKeyToATablePerClassEntityWithSubclasses() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE,
                ReaderHarness.source("p.Asset",
                        "package p;",
                        "import jakarta.persistence.*;",
                        "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)",
                        "public abstract class Asset { @Id Long id; }"),
                ReaderHarness.source("p.Laptop",
                        "package p;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Laptop extends Asset { }"),
                ReaderHarness.source("p.Office",
                        "package p;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Office {",
                        "  @Id Long id;",
                        "  @ManyToOne Asset main;",
                        "  @ManyToOne Laptop spare;",
                        "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table office = table(r, "office");
        assertThat(office.column("main_id")).isPresent();
        assertThat(office.foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo(QualifiedName.of("laptop")));
    }

    @Test
    void noConstraintForeignKeysAndHibernateChecks() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE,
                ReaderHarness.source("p.Office",
                        "package p;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Office { @Id Long id; }"),
                ReaderHarness.source("p.Badge",
                        "package p;",
                        "import jakarta.persistence.*;",
                        "@Entity @org.hibernate.annotations.Check(constraints = \"level < 9\")",
                        "public class Badge {",
                        "  @Id Long id;",
                        "  @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) Office office;",
                        "  @org.hibernate.annotations.Check(constraints = \"level > 0\") int level;",
                        "  @ManyToMany @JoinTable(name = \"badge_offices\", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))",
                        "  java.util.Set<Office> offices;",
                        "  @ElementCollection @CollectionTable(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))",
                        "  java.util.Set<String> tags;",
                        "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table badge = table(r, "badge");
        assertThat(badge.column("office_id")).isPresent();
        assertThat(badge.foreignKeys()).isEmpty();
        assertThat(badge.checks()).extracting(c -> c.expression()).containsExactlyInAnyOrder("level < 9", "level > 0");
        assertThat(table(r, "badge_offices").foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo(QualifiedName.of("office")));
        assertThat(table(r, "badge_tags").foreignKeys()).isEmpty();
    }

    private static Table table(ReaderHarness.Result r, String name) {
        return r.model().schema().table(QualifiedName.of(name)).orElseThrow();
    }
}
