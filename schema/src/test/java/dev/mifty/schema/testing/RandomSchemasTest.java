package dev.mifty.schema.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomSchemasTest {

    @Test
    void sameSeedSamePairs() {
        RandomSchemas.Pair a = new RandomSchemas(new Random(42)).pair();
        RandomSchemas.Pair b = new RandomSchemas(new Random(42)).pair();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void pairsAreConsistentAndCoverEveryKindOfStep() {
        RandomSchemas gen = new RandomSchemas(new Random(RandomSchemas.seed()));
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            RandomSchemas.Pair p = gen.pair();
            assertConsistent(p.from());
            assertConsistent(p.to());
            p.renames().tables().forEach((from, to) -> {
                assertThat(p.from().table(from)).isPresent();
                assertThat(p.to().table(to)).isPresent();
            });
            p.renames().columns().forEach((table, columns) -> columns.forEach((from, to) ->
                    assertThat(p.to().table(table).orElseThrow().column(to)).isPresent()));
            p.steps().forEach(s -> kinds.add(s.replaceAll(" .*", "") + (s.startsWith("add ") || s.startsWith("drop ")
                    || s.startsWith("rename ") ? " " + s.split(" ")[1] : "")));
        }
        assertThat(kinds).contains("add table", "drop table", "rename table", "add column", "drop column",
                "rename column", "widen", "set", "drop not", "default", "add primary", "drop primary", "add foreign",
                "drop foreign", "add unique", "drop unique", "add check", "drop check", "add index", "drop index",
                "add sequence", "drop sequence", "alter", "identity", "swap");
    }

    private static void assertConsistent(Schema schema) {
        Set<String> relationNames = new HashSet<>();
        for (Table t : schema.tables()) {
            assertThat(relationNames.add(t.name().name())).as("unique relation name %s", t.name()).isTrue();
            assertThat(t.columns()).isNotEmpty();
            assertThat(t.columns().stream().map(Column::name).distinct().count()).isEqualTo(t.columns().size());
            if (t.primaryKey() != null) {
                assertThat(relationNames.add(t.primaryKey().name())).isTrue();
                t.primaryKey().columns().forEach(c -> assertThat(t.column(c).orElseThrow().nullable()).isFalse());
            }
            t.uniqueConstraints().forEach(u -> {
                assertThat(relationNames.add(u.name())).isTrue();
                u.columns().forEach(c -> assertThat(t.column(c)).isPresent());
            });
            for (Index ix : t.indexes()) {
                assertThat(relationNames.add(ix.name())).isTrue();
                ix.columns().forEach(c -> assertThat(t.column(c.replace(" desc", ""))).as(ix.toString()).isPresent());
            }
            for (ForeignKey fk : t.foreignKeys()) {
                Table target = schema.table(fk.referencedTable()).orElseThrow();
                assertThat(target.primaryKey().columns()).isEqualTo(fk.referencedColumns());
                for (int i = 0; i < fk.columns().size(); i++) {
                    Column own = t.column(fk.columns().get(i)).orElseThrow();
                    assertThat(own.nullable()).isTrue();
                    String targetType = target.column(fk.referencedColumns().get(i)).orElseThrow().type().name();
                    assertThat(own.type().name()).isIn(targetType, "int4", "int8"); // widened keys stay in one family
                    assertThat(own.type().name().equals("varchar")).isEqualTo(targetType.equals("varchar"));
                }
            }
        }
        schema.sequences().forEach(s -> assertThat(relationNames.add(s.name().name())).isTrue());
    }

    @Test
    void printedNamesFollowPostgres() {
        assertThat(Map.of("qty", RandomSchemas.printed("qty"), "user", RandomSchemas.printed("user"),
                "MixedCase", RandomSchemas.printed("MixedCase"), "we\"ird", RandomSchemas.printed("we\"ird")))
                .containsEntry("qty", "qty").containsEntry("user", "\"user\"")
                .containsEntry("MixedCase", "\"MixedCase\"").containsEntry("we\"ird", "\"we\"\"ird\"");
    }
}
