package dev.mifty.schema.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import dev.mifty.schema.testing.RandomSchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCodecTest {

    private final SnapshotCodec codec = new SnapshotCodec();

    static Schema shop() {
        Table customers = new Table(QualifiedName.of("customers"), List.of(
                new Column("id", SqlType.of("int8"), false, null, Identity.BY_DEFAULT, "Customer.id"),
                new Column("email", SqlType.varchar(255), false, null, Identity.NONE, "Customer.email"),
                new Column("balance", SqlType.numeric(10, 2), true, "0", Identity.NONE, null),
                new Column("created", SqlType.temporal("timestamptz", 6), false, "now()", Identity.NONE, null),
                new Column("tags", SqlType.of("_text"), true, null, Identity.NONE, null),
                new Column("code", SqlType.bpchar(3), true, "'abc'::bpchar", Identity.NONE, null),
                new Column("weird", SqlType.raw("varchar(20)"), true, null, Identity.NONE, null),
                new Column("odd", new SqlType("varchar", 3, 4, null), true, null, Identity.ALWAYS, null),
                new Column("naïve \"quoted\"\n", SqlType.raw("text COLLATE \"C\""), true, null, Identity.NONE, null)),
                new PrimaryKey("customers_pkey", List.of("id")), List.of(),
                List.of(new UniqueConstraint("uk_email", List.of("email"))),
                List.of(new Index("ix_created", List.of("created desc", "email"), false)),
                List.of(new CheckConstraint("ck_balance", "(balance >= (0)::numeric)")), "Customer");
        Table orders = new Table(QualifiedName.of("sales", "Order"), List.of(
                Column.of("id", SqlType.of("int8"), false),
                Column.of("customer_id", SqlType.of("int8"), true)),
                new PrimaryKey("Order_pkey", List.of("id")),
                List.of(new ForeignKey("fk_customer", List.of("customer_id"), QualifiedName.of("public", "customers"),
                        List.of("id"), ReferentialAction.SET_NULL)),
                List.of(), List.of(), List.of(), null);
        return new Schema(List.of(orders, customers), List.of(
                new Sequence(QualifiedName.of("orders_seq"), 1, 50),
                new Sequence(QualifiedName.of("sales", "big"), Long.MIN_VALUE, -Long.MAX_VALUE)));
    }

    @Test
    void writesReadableDeterministicJson() {
        String json = codec.write(shop());
        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"tables\": [\n").endsWith("}\n");
        assertThat(json).contains("\"type\": \"varchar(255)\"", "\"type\": \"numeric(10,2)\"",
                "\"type\": \"timestamptz(6)\"", "\"type\": \"_text\"", "\"columns\": [\"created desc\", \"email\"]",
                "\"identity\": \"by default\"", "\"onDelete\": \"set null\"", "\"referencedSchema\": \"public\"",
                "\"nullable\": false", "\"default\": \"now()\"");
        assertThat(json).doesNotContain("dev.mifty", "Customer.email", "origin", "\"default\": null");
        // one fact per line: no line holds two fields
        assertThat(json.lines().filter(l -> l.matches(".*\": .*,\\s*\".*\": .*"))).isEmpty();
        assertThat(json.indexOf("\"name\": \"customers\"")).isLessThan(json.indexOf("\"name\": \"Order\""));
    }

    @Test
    void readsBackAnEqualModel() {
        Schema schema = shop();
        Schema read = codec.read(codec.write(schema), "schema.json");
        assertThat(read).isEqualTo(schema);
        assertThat(read.tables().get(0).columns()).isEqualTo(schema.tables().get(0).columns());
        assertThat(read.tables().get(0).columns().get(6).type()).isEqualTo(SqlType.raw("varchar(20)"));
        assertThat(read.tables().get(0).columns().get(7).type()).isEqualTo(new SqlType("varchar", 3, 4, null));
    }

    @Test
    void randomModelsSurviveTheRoundTrip() {
        long seed = RandomSchemas.seed();
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            Schema schema = new RandomSchemas(random).schema();
            String json = codec.write(schema);
            Schema read = codec.read(json, "random.json");
            assertThat(read).as("seed %d, model %d", seed, i).isEqualTo(schema);
            assertThat(codec.write(read)).isEqualTo(json);
        }
    }

    @Test
    void emptySchemaIsWrittenExplicitly() {
        String json = codec.write(Schema.empty());
        assertThat(json).isEqualTo("{\n  \"formatVersion\": 1,\n  \"tables\": [],\n  \"sequences\": []\n}\n");
        assertThat(codec.read(json, "s.json")).isEqualTo(Schema.empty());
    }

    @Test
    void writeIfChangedLeavesAnUnchangedFileAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("db/mifty/schema.json");
        assertThat(codec.writeIfChanged(file, shop())).isTrue();
        byte[] first = Files.readAllBytes(file);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);

        assertThat(codec.writeIfChanged(file, codec.read(new String(first, StandardCharsets.UTF_8), "x"))).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);

        Files.writeString(file, new String(first, StandardCharsets.UTF_8).replace("\n", "\r\n"));
        Files.setLastModifiedTime(file, old);
        assertThat(codec.writeIfChanged(file, shop())).as("CRLF line endings are no change").isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);

        assertThat(codec.writeIfChanged(file, Schema.empty())).isTrue();
        assertThat(codec.readOrEmpty(file)).isEqualTo(Schema.empty());
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void missingFileIsEmptyButEmptyFileIsAnError(@TempDir Path dir) throws Exception {
        assertThat(codec.readOrEmpty(dir.resolve("none.json"))).isEqualTo(Schema.empty());
        Path empty = Files.writeString(dir.resolve("schema.json"), "  \n");
        assertThatThrownBy(() -> codec.readOrEmpty(empty))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("schema.json:1:1: the file is empty");
    }
}
