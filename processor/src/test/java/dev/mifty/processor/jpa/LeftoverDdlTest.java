package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * DDL members that Hibernate honours and Mifty used to ignore: a {@code foreignKeyDefinition} is read when it
 * describes the key (the oracle set {@code secondaryleftovers} compares one with Hibernate), else a warning names it;
 * a misplaced {@code @EmbeddedTable} is an error; a composite foreign key's name does not follow declaration order.
 */
class LeftoverDdlTest {

    private static JavaFileObject warehouse() {
        return ReaderHarness.source("shop.Warehouse",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity public class Warehouse { @Id Long id; }");
    }

    @Test
    void aForeignKeyDefinitionMiftyCannotReadIsAWarningAndTheKeyComesFromTheMapping() {
        JavaFileObject src = ReaderHarness.source("shop.Bin",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity public class Bin {",
                "  @Id Long id;",
                "  @ManyToOne @JoinColumn(name = \"warehouse_id\", foreignKey = @ForeignKey(foreignKeyDefinition =",
                "      \"foreign key (warehouse_id) references warehouse on update cascade\"))",
                "  Warehouse warehouse;",
                "  @ManyToOne @JoinColumn(name = \"backup_id\", foreignKey = @ForeignKey(foreignKeyDefinition =",
                "      \"foreign key (other_id) references warehouse on delete cascade\"))",
                "  Warehouse backup;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, warehouse(), src);
        assertThat(r.compilation()).succeeded();
        assertThat(r.compilation()).hadWarningContaining("[mifty:not-mapped] Bin.warehouse uses @ForeignKey("
                + "foreignKeyDefinition = \"foreign key (warehouse_id) references warehouse on update cascade\")")
                .inFile(src).onLineContaining("Warehouse warehouse;");
        assertThat(r.compilation()).hadWarningContaining("Bin.backup uses @ForeignKey(foreignKeyDefinition = \"foreign"
                + " key (other_id) references warehouse on delete cascade\") (Hibernate runs it as written; Mifty reads"
                + " only \"foreign key (backup_id) references warehouse").inFile(src).onLineContaining("Warehouse backup;");
        Table bin = r.model().schema().table(QualifiedName.of("bin")).orElseThrow();
        assertThat(bin.foreignKeys()).extracting(ForeignKey::onDelete).containsOnly(ReferentialAction.NO_ACTION);
        assertThat(bin.foreignKeys()).hasSize(2);
    }

    @Test
    void aDefinitionOfTheKeyItselfGivesItsOnDeleteOnJoinAndCollectionTables() {
        JavaFileObject src = ReaderHarness.source("shop.Shelf",
                "package shop;",
                "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Shelf {",
                "  @Id Long id;",
                "  @ManyToMany @JoinTable(name = \"shelf_stores\", joinColumns = @JoinColumn(name = \"shelf_id\"),",
                "      inverseJoinColumns = @JoinColumn(name = \"store_id\"),",
                "      foreignKey = @ForeignKey(foreignKeyDefinition = \"FOREIGN KEY (shelf_id) REFERENCES shelf ON DELETE CASCADE\"),",
                "      inverseForeignKey = @ForeignKey(foreignKeyDefinition = \"foreign key (store_id) references warehouse(id) on delete set null\"))",
                "  Set<Warehouse> stores;",
                "  @ElementCollection @CollectionTable(name = \"shelf_tags\", joinColumns = @JoinColumn(name = \"shelf_id\"),",
                "      foreignKey = @ForeignKey(foreignKeyDefinition = \"foreign key (shelf_id) references public.shelf on delete restrict\"))",
                "  Set<String> tags;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, warehouse(), src);
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table stores = r.model().schema().table(QualifiedName.of("shelf_stores")).orElseThrow();
        assertThat(stores.foreignKeys()).extracting(fk -> fk.columns().get(0) + " " + fk.onDelete())
                .containsExactlyInAnyOrder("shelf_id CASCADE", "store_id SET_NULL");
        Table tags = r.model().schema().table(QualifiedName.of("shelf_tags")).orElseThrow();
        assertThat(tags.foreignKeys()).singleElement().extracting(ForeignKey::onDelete).isEqualTo(ReferentialAction.RESTRICT);
    }

    @Test
    void anEmbeddedTableInsideAnEmbeddableIsAnError() {
        JavaFileObject annotation = ReaderHarness.source("org.hibernate.annotations.EmbeddedTable",
                "package org.hibernate.annotations;",
                "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
                "public @interface EmbeddedTable { String value(); }");
        JavaFileObject inner = ReaderHarness.source("shop.Geo",
                "package shop;",
                "@jakarta.persistence.Embeddable public class Geo { Double lat; }");
        JavaFileObject outer = ReaderHarness.source("shop.Address",
                "package shop;",
                "@jakarta.persistence.Embeddable public class Address {",
                "  String street;",
                "  @org.hibernate.annotations.EmbeddedTable(\"person_geo\") Geo geo;",
                "}");
        JavaFileObject src = ReaderHarness.source("shop.Person",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity @SecondaryTable(name = \"person_geo\") @SecondaryTable(name = \"person_addresses\")",
                "public class Person {",
                "  @Id Long id;",
                "  @org.hibernate.annotations.EmbeddedTable(\"person_addresses\") Address home;",
                "  @org.hibernate.annotations.EmbeddedTable(\"nowhere\") Geo spot;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, "7.2", annotation, inner, outer, src);
        assertThat(r.compilation()).hadErrorContaining("[mifty:unsupported] Person.home.geo carries @EmbeddedTable"
                + " inside an embeddable, which Hibernate refuses").inFile(src).onLineContaining("Address home;");
        assertThat(r.compilation()).hadErrorContaining("[mifty:unknown-table] Person.spot puts its column in table"
                + " nowhere (@EmbeddedTable(\"nowhere\")), which Person does not declare").inFile(src)
                .onLineContaining("Geo spot;");
        assertThat(r.compilation()).hadErrorCount(2);
    }

    @Test
    void aCompositeForeignKeyIsNamedInItsColumnOrderWhateverTheDeclarationOrder() {
        JavaFileObject plot = ReaderHarness.source("shop.Plot",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity @IdClass(Plot.Key.class) public class Plot {",
                "  @Id String region; @Id Long number;",
                "  public static class Key implements java.io.Serializable { String region; Long number; }",
                "}");
        JavaFileObject src = ReaderHarness.source("shop.Fence",
                "package shop;",
                "import jakarta.persistence.*;",
                "@Entity public class Fence {",
                "  @Id Long id;",
                "  @ManyToOne @JoinColumns({@JoinColumn(name = \"a_region\", referencedColumnName = \"region\"),",
                "      @JoinColumn(name = \"a_number\", referencedColumnName = \"number\")}) Plot inside;",
                "  @ManyToOne @JoinColumns({@JoinColumn(name = \"b_number\", referencedColumnName = \"number\"),",
                "      @JoinColumn(name = \"b_region\", referencedColumnName = \"region\")}) Plot outside;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, plot, src);
        assertThat(r.compilation()).succeededWithoutWarnings();
        List<String> key = r.model().schema().table(QualifiedName.of("plot")).orElseThrow().primaryKey().columns();
        Table fence = r.model().schema().table(QualifiedName.of("fence")).orElseThrow();
        for (ForeignKey fk : fence.foreignKeys()) {
            assertThat(fk.referencedColumns()).isEqualTo(key);
            assertThat(fk.name()).isEqualTo("fence_" + String.join("_", fk.columns()) + "_fkey");
        }
        assertThat(fence.foreignKeys()).extracting(ForeignKey::columns).containsExactlyInAnyOrder(
                key.stream().map(c -> "a_" + c).toList(), key.stream().map(c -> "b_" + c).toList());
    }
}
