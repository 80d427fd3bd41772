package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Table;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Table members nested in a join or collection table: mapped onto that table (the oracle's fixture set
 * {@code codes} checks them against Hibernate); one that names a column the table lacks is a warning, not silence.
 */
class NotMappedMembersTest {

    @Test
    void joinAndCollectionTableIndexesAndUniquesAreMapped() {
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
        assertThat(r.compilation()).succeededWithoutWarnings();
        Table peers = r.model().schema().table(QualifiedName.of("shelf_peers")).orElseThrow();
        assertThat(peers.indexes()).anyMatch(i -> i.columns().equals(java.util.List.of("peers_id")));
        Table tags = r.model().schema().table(QualifiedName.of("shelf_tags")).orElseThrow();
        assertThat(tags.uniqueConstraints()).anyMatch(u -> u.columns().equals(java.util.List.of("tags")));
    }

    @Test
    void aMemberNamingNoColumnOfTheTableIsAWarningOnTheAttribute() {
        JavaFileObject src = ReaderHarness.source("shop.Shelf",
                "package shop;",
                "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity public class Shelf {",
                "  @Id Long id;",
                "  @ElementCollection",
                "  @CollectionTable(name = \"shelf_tags\", indexes = @Index(columnList = \"label\"))",
                "  Set<String> tags;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, src);
        assertThat(r.compilation()).succeeded();
        assertThat(r.compilation()).hadWarningContaining("[mifty:not-mapped] Shelf.tags uses @CollectionTable(uniqueConstraints/indexes")
                .inFile(src).onLineContaining("Set<String> tags");
    }
}
