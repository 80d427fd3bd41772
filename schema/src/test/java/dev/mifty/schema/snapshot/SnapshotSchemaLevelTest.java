package dev.mifty.schema.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot fields for comments, options, enum and composite types, user-typed columns and the Hibernate line. */
class SnapshotSchemaLevelTest {

    private final SnapshotCodec codec = new SnapshotCodec();

    private static Schema sample() {
        EnumType status = new EnumType(QualifiedName.of("status"), List.of("NEW", "PAID"));
        CompositeType address = new CompositeType(QualifiedName.of("shop", "address"), List.of(
                new CompositeType.Attribute("street", SqlType.varchar(255)),
                new CompositeType.Attribute("state", status.sqlType())));
        Table orders = new Table(QualifiedName.of("shop", "orders"), List.of(
                new Column("id", SqlType.of("int8"), false, null, Identity.NONE, null, null, null),
                new Column("status", status.sqlType(), false, null, Identity.NONE, null, "the state", "collate \"C\""),
                new Column("addr", address.sqlType(), true, null, Identity.NONE, null)),
                new PrimaryKey("orders_pkey", List.of("id")), List.of(), List.of(),
                List.of(new Index("orders_status_idx", List.of("status"), false, "with (fillfactor = 70)")),
                List.of(), null, "Orders, 'quoted'", "with (fillfactor = 80)");
        return new Schema(List.of(orders), List.of(new Sequence(QualifiedName.of("shop", "s"), 1, 50, "cache 10")),
                List.of(status), List.of(address), "7.4");
    }

    @Test
    void everyNewFieldRoundTripsAndTheHibernateLineIsKept() {
        String json = codec.write(sample());
        Schema back = codec.read(json, "schema.json");
        assertThat(back).isEqualTo(sample());
        assertThat(back.hibernate()).isEqualTo("7.4");
        assertThat(back.table(QualifiedName.of("shop", "orders")).orElseThrow().comment()).isEqualTo("Orders, 'quoted'");
        assertThat(codec.write(back)).isEqualTo(json);
        assertThat(json).contains("\"hibernate\": \"7.4\"", "\"enumTypes\"", "\"compositeTypes\"", "\"userType\": \"status\"",
                "\"options\": \"cache 10\"");
    }

    @Test
    void aFileWithoutTheNewFieldsReadsAsBeforeAndIsWrittenTheSame() {
        String old = "{\n  \"formatVersion\": 1,\n  \"tables\": [\n    {\n      \"name\": \"t\",\n      \"columns\": [\n"
                + "        {\n          \"name\": \"id\",\n          \"type\": \"int8\",\n          \"nullable\": false\n"
                + "        }\n      ]\n    }\n  ],\n  \"sequences\": []\n}\n";
        Schema schema = codec.read(old, "old.json");
        assertThat(schema.hibernate()).isNull();
        assertThat(schema.enumTypes()).isEmpty();
        assertThat(codec.write(schema)).isEqualTo(old);
    }

    @Test
    void aUserTypeWithoutItsNameIsAnErrorNamingTheColumn() {
        String bad = codec.write(sample()).replace("\"userType\": \"status\"", "\"userType\": 3");
        assertThatThrownBy(() -> codec.read(bad, "schema.json")).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("schema.json:").hasMessageContaining("userType");
    }
}
