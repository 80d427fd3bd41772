package dev.mifty.designer.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits of entity sources: the result compiles in shape, keeps the file's formatting and comments, and bad input changes nothing. */
class SourceEditorTest {

    static final String CUSTOMER = """
            package com.acme.shop;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;

            /** A customer. */
            @Entity
            public class Customer {

                @Id
                private Long id;

                // shown on invoices
                @Column(nullable = false,   length = 120)
                private String fullName;

                private String phone;

                protected Customer() {
                }

                public String getPhone() {
                    return phone;
                }

                public void setPhone(String phone) {
                    this.phone = phone;
                }

                /** Keeps this comment. */
                public String label() {
                    return fullName + " " + phone;
                }
            }
            """;

    @TempDir
    Path dir;
    Path root;
    DesignService design;

    @BeforeEach
    void project() throws IOException {
        root = dir.resolve("src/main/java");
        Files.createDirectories(root.resolve("com/acme/shop"));
        Files.writeString(root.resolve("com/acme/shop/Customer.java"), CUSTOMER);
        Files.writeString(root.resolve("com/acme/shop/Order.java"), """
                package com.acme.shop;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;

                @Entity
                public class Order {
                    @Id
                    private Long id;
                }
                """);
        design = new DesignService(dir, List.of(root));
    }

    String customer() throws IOException {
        return Files.readString(root.resolve("com/acme/shop/Customer.java"));
    }

    @Test
    void addFieldInsertsAfterTheLastFieldWithTheFilesIndentation() throws IOException {
        DesignService.Preview preview = design.preview(new EntityEdit.AddField("Customer", "birthday", "LocalDate", true, null, false, true));
        assertThat(customer()).isEqualTo(CUSTOMER);
        design.save(new EntityEdit.AddField("Customer", "birthday", "LocalDate", true, null, false, true), preview.baseHash());
        String after = customer();
        System.out.println(after);
        assertThat(after).contains("""
                    private String phone;

                    private LocalDate birthday;

                    protected Customer() {
                """);
        assertThat(after).contains("import java.time.LocalDate;");
        assertThat(after).contains("    public LocalDate getBirthday() {\n        return birthday;\n    }");
        assertThat(after).contains("// shown on invoices\n    @Column(nullable = false,   length = 120)");
        assertThat(after).contains("/** Keeps this comment. */");
    }

    @Test
    void renameFieldRenamesItsUsesAndAddsRenamedFrom() throws IOException {
        var edit = new EntityEdit.RenameField("Customer", "phone", "mobile");
        design.save(edit, design.preview(edit).baseHash());
        String after = customer();
        System.out.println(after);
        assertThat(after).contains("    @RenamedFrom(\"phone\")\n    private String mobile;");
        assertThat(after).contains("import dev.mifty.annotations.RenamedFrom;");
        assertThat(after).contains("return fullName + \" \" + mobile;");
        assertThat(after).contains("this.mobile = phone;");
        assertThat(after).contains("return mobile;");
    }

    @Test
    void removeFieldRemovesItsAccessorsButRefusesWhenStillUsed() throws IOException {
        var edit = new EntityEdit.RemoveField("Customer", "phone");
        assertThatThrownBy(() -> design.preview(edit)).isInstanceOf(EditException.class)
                .hasMessageContaining("'phone' is still used in String label()");
        Files.writeString(root.resolve("com/acme/shop/Customer.java"), CUSTOMER.replace(" + \" \" + phone", ""));
        design.save(edit, design.preview(edit).baseHash());
        String after = customer();
        System.out.println(after);
        assertThat(after).doesNotContain("phone").doesNotContain("getPhone");
        assertThat(after).contains("    private String fullName;\n\n    protected Customer() {");
    }

    @Test
    void addRelationImportsWhatItNeeds() throws IOException {
        var edit = new EntityEdit.AddRelation("Order", "customer", "ManyToOne", "Customer", false, false);
        design.save(edit, design.preview(edit).baseHash());
        String after = Files.readString(root.resolve("com/acme/shop/Order.java"));
        System.out.println(after);
        assertThat(after).contains("    @ManyToOne(optional = false)\n    private Customer customer;");
        assertThat(after).contains("import jakarta.persistence.ManyToOne;");
    }

    @Test
    void addEntityWritesANewClassInTheEntitiesPackage() throws IOException {
        var edit = new EntityEdit.AddEntity("Invoice", null);
        DesignService.Preview preview = design.preview(edit);
        assertThat(preview.newFile()).isTrue();
        assertThat(preview.file()).isEqualTo("src/main/java/com/acme/shop/Invoice.java");
        design.save(edit, null);
        assertThat(Files.readString(root.resolve("com/acme/shop/Invoice.java"))).contains("package com.acme.shop;", "@Entity\npublic class Invoice {");
        assertThatThrownBy(() -> design.preview(edit)).hasMessageContaining("a class named 'Invoice' already exists");
    }

    @Test
    void badInputIsRefusedWithAMessageAndNoFileChanges() throws IOException {
        assertThatThrownBy(() -> design.preview(new EntityEdit.AddField("Customer", "class", "String", true, null, false, true)))
                .hasMessage("field name 'class' is a Java keyword: choose another name (e.g. 'classValue')");
        assertThatThrownBy(() -> design.preview(new EntityEdit.AddField("Customer", "fullname", "String", true, null, false, true)))
                .hasMessageContaining("has a field 'fullName', which maps to the same column");
        assertThatThrownBy(() -> design.preview(new EntityEdit.AddField("Customer", "phone", "String", true, null, false, true)))
                .hasMessageContaining("Customer already has a field 'phone'");
        assertThatThrownBy(() -> design.preview(new EntityEdit.RenameField("Customer", "phone", "fullName")))
                .hasMessageContaining("already has a field 'fullName'");
        assertThatThrownBy(() -> design.preview(new EntityEdit.AddField("Nobody", "x", "String", true, null, false, true)))
                .hasMessageContaining("no entity 'Nobody'");
        assertThatThrownBy(() -> design.preview(new EntityEdit.AddEntity("invoice", null)))
                .hasMessage("entity name 'invoice' should start with an upper-case letter (e.g. 'Invoice')");
        Files.writeString(root.resolve("com/acme/shop/Customer.java"), CUSTOMER.replace("private Long id;", "private Long id"));
        assertThatThrownBy(() -> design.preview(new EntityEdit.AddField("Customer", "age", "int", true, null, false, true)))
                .hasMessageStartingWith("src/main/java/com/acme/shop/Customer.java does not parse, so it was not changed: line 12");
        assertThat(customer()).isEqualTo(CUSTOMER.replace("private Long id;", "private Long id"));
    }

    @Test
    void aFileChangedSinceThePreviewIsNotOverwritten() throws IOException {
        var edit = new EntityEdit.AddField("Customer", "age", "int", true, null, false, false);
        String hash = design.preview(edit).baseHash();
        Files.writeString(root.resolve("com/acme/shop/Customer.java"), CUSTOMER + "\n// edited elsewhere\n");
        assertThatThrownBy(() -> design.save(edit, hash)).hasMessageContaining("changed since the preview");
        assertThat(customer()).doesNotContain("int age");
    }
}
