package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.QualifiedName;
import javax.lang.model.element.ElementKind;
import org.junit.jupiter.api.Test;

class RenamesAndElementsTest {

    @Test
    void renamedFromOnEntityFieldAndGetterAndElementMaps() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE,
                ReaderHarness.source("shop.Address",
                        "package shop;",
                        "@jakarta.persistence.Embeddable public class Address { String street; }"),
                ReaderHarness.source("shop.Client",
                        "package shop;",
                        "import jakarta.persistence.*;",
                        "import dev.mifty.annotations.RenamedFrom;",
                        "@Entity @RenamedFrom(\"Customer\")",
                        "public class Client {",
                        "  @Id Long id;",
                        "  @RenamedFrom(\"phone\") String mobileNumber;",
                        "  Address home;",
                        "  @ElementCollection java.util.List<String> tags;",
                        "}"),
                ReaderHarness.source("shop.Item",
                        "package shop;",
                        "import jakarta.persistence.*;",
                        "import dev.mifty.annotations.RenamedFrom;",
                        "@Entity public class Item {",
                        "  private Long id; private String title;",
                        "  @Id public Long getId() { return id; }",
                        "  @RenamedFrom(\"name\") public String getTitle() { return title; }",
                        "}"));
        assertThat(r.compilation()).succeededWithoutWarnings();
        MappedModel m = r.model();
        assertThat(m.renames()).extracting(RenameRequest::table, RenameRequest::column, RenameRequest::oldName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(QualifiedName.of("client"), null, "Customer"),
                        org.assertj.core.groups.Tuple.tuple(QualifiedName.of("client"), "mobile_number", "phone"),
                        org.assertj.core.groups.Tuple.tuple(QualifiedName.of("item"), "title", "name"));
        assertThat(m.renames()).filteredOn(x -> x.column() != null && x.column().equals("title"))
                .singleElement().satisfies(x -> assertThat(x.element().getKind()).isEqualTo(ElementKind.METHOD));

        assertThat(m.tableElements().get(QualifiedName.of("client")).getSimpleName().toString()).isEqualTo("Client");
        assertThat(m.tableElements().get(QualifiedName.of("client_tags")).getSimpleName().toString()).isEqualTo("tags");
        assertThat(m.columnElements().get(QualifiedName.of("client")).get("street").getSimpleName().toString())
                .as("an embedded column points to the entity's field").isEqualTo("home");
        assertThat(m.columnElements().get(QualifiedName.of("client")).get("mobile_number").getSimpleName().toString())
                .isEqualTo("mobileNumber");
        assertThat(m.schema().table(QualifiedName.of("client")).orElseThrow().column("street").orElseThrow().origin())
                .isEqualTo("Client.home.street");
    }
}
