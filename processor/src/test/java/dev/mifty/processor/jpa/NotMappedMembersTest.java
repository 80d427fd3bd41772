package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.QualifiedName;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Table members nested in a join or collection table that change the DDL but are not mapped: a warning, not silence. */
class NotMappedMembersTest {

    @Test
    void joinAndCollectionTableIndexesAndUniquesAreNamed() {
        JavaFileObject src = ReaderHarness.source("shop.Shelf",
                "package shop;",
                "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Shelf {",
                "  @Id Long id;",
                "  @ManyToMany @JoinTable(name = \"shelf_peers\", indexes = @Index(columnList = \"peers_id\"))",
                "  Set<Shelf> peers;",
                "  @ElementCollection",
                "  @CollectionTable(name = \"shelf_tags\", uniqueConstraints = @UniqueConstraint(columnNames = \"tags\"))",
                "  Set<String> tags;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, src);
        assertThat(r.compilation()).succeeded();
        assertThat(r.compilation()).hadWarningContaining("[mifty:not-mapped] Shelf.peers uses @JoinTable(indexes = ...)")
                .inFile(src).onLineContaining("Set<Shelf> peers");
        assertThat(r.compilation()).hadWarningContaining(
                "[mifty:not-mapped] Shelf.tags uses @CollectionTable(uniqueConstraints = ...)")
                .inFile(src).onLineContaining("Set<String> tags");
        assertThat(r.model().schema().table(QualifiedName.of("shelf_tags"))).isPresent();
    }
}
