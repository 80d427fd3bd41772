package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.QualifiedName;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each mapping error is a compiler error on the offending element, and one bad entity hides nothing. */
class MappingErrorsTest {

    private static JavaFileObject good() {
        return ReaderHarness.source("shop.Good",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity public class Good {",
                "  @Id Long id;",
                "}");
    }

    @Test
    void entityWithoutId() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, good(), ReaderHarness.source("shop.NoId",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class NoId {",
                "  String name;",
                "}"));
        assertThat(r.compilation()).hadErrorCount(1);
        assertThat(r.compilation()).hadErrorContaining("[mifty:no-id] entity NoId has no id: annotate")
                .inFile(r.compilation().sourceFiles().get(1)).onLineContaining("public class NoId");
        assertThat(r.model().schema().table(QualifiedName.of("no_id"))).isEmpty();
        assertThat(r.model().schema().table(QualifiedName.of("good"))).isPresent();
    }

    @Test
    void typeWithoutMapping() {
        JavaFileObject src = ReaderHarness.source("shop.Odd",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Odd {",
                "  @Id Long id;",
                "  Thread worker;",
                "  java.util.List<Thread> names; // a basic List<String> is an array (Hibernate 6.2+), a List of a non-basic type is not",
                "  Good good;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, good(), src);
        assertThat(r.compilation()).hadErrorContaining("[mifty:unmapped-type] cannot map Odd.worker of type java.lang.Thread")
                .inFile(src).onLineContaining("Thread worker;");
        assertThat(r.compilation()).hadErrorContaining("cannot map Odd.names of type java.util.List<java.lang.Thread>")
                .inFile(src).onLineContaining("names;");
        assertThat(r.compilation()).hadErrorContaining("Odd.good refers to the entity Good without a relationship"
                + " annotation: annotate it with @ManyToOne or @OneToOne").inFile(src).onLineContaining("Good good;");
        assertThat(r.model().schema().table(QualifiedName.of("odd"))).isEmpty();
    }

    @Test
    void twoFieldsOnOneColumn() {
        JavaFileObject src = ReaderHarness.source("shop.Twice",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Twice {",
                "  @Id Long id;",
                "  String phone;",
                "  @Column(name = \"phone\") String mobile;",
                "  @Column(name = \"id\", insertable = false, updatable = false) Long sameId;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, src);
        assertThat(r.compilation()).hadErrorCount(1);
        assertThat(r.compilation()).hadErrorContaining("[mifty:duplicate-column] column phone of table twice is mapped"
                + " twice, by Twice.phone and by Twice.mobile").inFile(src).onLineContaining("String mobile;");
    }

    @Test
    void embeddedTwiceWithoutOverrides() {
        JavaFileObject address = ReaderHarness.source("shop.Address",
                "package shop;",
                "@jakarta.persistence.Embeddable public class Address { String street; }");
        JavaFileObject src = ReaderHarness.source("shop.Person",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Person {",
                "  @Id Long id;",
                "  Address home;",
                "  Address work;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, address, src);
        assertThat(r.compilation()).hadErrorContaining("column street of table person is mapped twice, by"
                + " Person.home.street and by Person.work.street").inFile(src).onLineContaining("Address work;");
    }

    @Test
    void invalidIdentifier() {
        JavaFileObject src = ReaderHarness.source("shop.Bad",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Bad {",
                "  @Id Long id;",
                "  @Column(name = \"first name\") String firstName;",
                "  @Column(name = \"" + "x".repeat(70) + "\") String longName;",
                "  @Column(name = \"`Quoted Name`\") String quoted;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, src);
        assertThat(r.compilation()).hadErrorCount(2);
        assertThat(r.compilation()).hadErrorContaining("[mifty:invalid-identifier] the column name 'first name' is not"
                + " a valid PostgreSQL identifier").inFile(src).onLineContaining("String firstName;");
        assertThat(r.compilation()).hadErrorContaining("the column name 'xxxxxxxx").inFile(src)
                .onLineContaining("String longName;");
    }

    @Test
    void reservedWordsMustBeRenamedOrQuoted() {
        JavaFileObject order = ReaderHarness.source("shop.Order",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Order {",
                "  @Id Long id;",
                "}");
        JavaFileObject user = ReaderHarness.source("shop.User",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity @Table(name = \"`User`\")",
                "public class User {",
                "  @Id Long id;",
                "  String select;",
                "  @Column(name = \"`from`\") String origin;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, order, user);
        assertThat(r.compilation()).hadErrorCount(2);
        assertThat(r.compilation()).hadErrorContaining("[mifty:invalid-identifier] the table name 'order' is a reserved"
                + " word in PostgreSQL").inFile(order).onLineContaining("public class Order");
        assertThat(r.compilation()).hadErrorContaining("the column name 'select' is a reserved word").inFile(user)
                .onLineContaining("String select;");
    }

    @Test
    void quotedReservedWordsAreFine() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, ReaderHarness.source("shop.User",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity @Table(name = \"`User`\")",
                "public class User {",
                "  @Id Long id;",
                "  @Column(name = \"`from`\") String origin;",
                "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        assertThat(r.model().schema().table(QualifiedName.of("User")).orElseThrow().column("from")).isPresent();
    }

    @Test
    void relationshipToNonEntity() {
        JavaFileObject src = ReaderHarness.source("shop.Holder",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Holder {",
                "  @Id Long id;",
                "  @ManyToOne String owner;",
                "  @OneToMany java.util.List<Holder.Plain> plains;",
                "  @ManyToMany java.util.Set<Good> goods;",
                "  public static class Plain { }",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, good(), src);
        assertThat(r.compilation()).hadErrorCount(2);
        assertThat(r.compilation()).hadErrorContaining("[mifty:relationship-target] Holder.owner is a @ManyToOne to"
                + " String, which is not an @Entity").inFile(src).onLineContaining("String owner;");
        assertThat(r.compilation()).hadErrorContaining("Holder.plains is a @OneToMany to Plain, which is not an @Entity")
                .inFile(src).onLineContaining("plains;");
    }

    @Test
    void valueTypesMisused() {
        JavaFileObject src = ReaderHarness.source("shop.Misuse",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Misuse {",
                "  @Id Long id;",
                "  @Embedded Thread notEmbeddable;",
                "  @ElementCollection java.util.List<Good> goods;",
                "  @ElementCollection java.util.List rawList;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, good(), src);
        assertThat(r.compilation()).hadErrorCount(3);
        assertThat(r.compilation()).hadErrorContaining("cannot map Misuse.notEmbeddable of type java.lang.Thread")
                .inFile(src).onLineContaining("notEmbeddable;");
        assertThat(r.compilation()).hadErrorContaining("Misuse.goods is an @ElementCollection of the entity Good: use"
                + " @OneToMany or @ManyToMany").inFile(src).onLineContaining("goods;");
        assertThat(r.compilation()).hadErrorContaining("a raw collection type").inFile(src).onLineContaining("rawList;");
    }

    @Test
    void everyBadEntityIsReportedAndGoodOnesStillMapped() {
        JavaFileObject a = ReaderHarness.source("shop.A",
                "package shop;",
                "@jakarta.persistence.Entity public class A { Object value; }");
        JavaFileObject b = ReaderHarness.source("shop.B",
                "package shop;",
                "@jakarta.persistence.Entity public class B { @jakarta.persistence.Id Long id; Thread t; }");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, a, b, good());
        assertThat(r.compilation()).hadErrorCount(2);
        assertThat(r.compilation()).hadErrorContaining("no-id").inFile(a).onLineContaining("class A");
        assertThat(r.compilation()).hadErrorContaining("unmapped-type").inFile(b).onLineContaining("Thread t;");
        assertThat(r.model().schema().tables()).extracting(t -> t.name().name()).containsExactly("good");
    }
}
