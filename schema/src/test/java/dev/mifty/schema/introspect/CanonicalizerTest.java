package dev.mifty.schema.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.sql.PostgresDialect;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalizerTest {

    private static final QualifiedName ORDERS = QualifiedName.of("orders");

    /** As the processor writes it: Hibernate's enum check text, a default as written in a columnDefinition. */
    private static Schema model(String check) {
        Table orders = new Table(ORDERS, List.of(
                Column.of("id", SqlType.of("int8"), false),
                new Column("status", SqlType.varchar(16), false, null, Identity.NONE, null),
                new Column("quantity", SqlType.of("int4"), false, "0", Identity.NONE, null),
                new Column("note", SqlType.varchar(20), true, "'none'", Identity.NONE, null)),
                new PrimaryKey("orders_pkey", List.of("id")), List.of(), List.of(), List.of(),
                List.of(new CheckConstraint("orders_status_check", check)), null);
        return new Schema(List.of(orders), List.of());
    }

    @Test
    void aDatabaseBuiltFromTheModelIsInSyncOnceTheModelIsCanonical() throws Exception {
        Schema model = model("status in ('NEW','PAID')");
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase())) {
            apply(c, model);
            Schema live = new Introspector().read(c, "public");
            assertThat(new SchemaDiffer().diff(live, model).changes())
                    .as("PostgreSQL re-prints expressions, so the raw model differs").isNotEmpty();

            Schema canonical = new Canonicalizer().canonicalize(c, model);

            assertThat(new SchemaDiffer().diff(live, canonical).changes()).isEmpty();
            assertThat(canonical.tables().get(0).checks().get(0).expression()).contains("ANY");
            assertThat(new Introspector().read(c, "public").tables()).extracting(t -> t.name().name())
                    .containsExactly("orders");
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    @Test
    void aRealDifferenceStaysADifference() throws Exception {
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase())) {
            apply(c, model("status in ('NEW','PAID')"));
            Schema live = new Introspector().read(c, "public");

            Schema changed = new Canonicalizer().canonicalize(c, model("status in ('NEW','PAID','SHIPPED')"));

            assertThat(new SchemaDiffer().diff(live, changed).changes())
                    .hasAtLeastOneElementOfType(Change.AddCheck.class);
        }
    }

    @Test
    void anExpressionPostgresRefusesKeepsItsText() throws Exception {
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase())) {
            Schema canonical = new Canonicalizer().canonicalize(c, model("no_such_column > 0"));

            assertThat(canonical.tables().get(0).checks().get(0).expression()).isEqualTo("no_such_column > 0");
            assertThat(canonical.tables().get(0).column("quantity").orElseThrow().defaultValue()).isEqualTo("0");
        }
    }

    @Test
    void aTypeTheDatabaseDoesNotHaveYetDoesNotStopTheOthers() throws Exception {
        dev.mifty.schema.model.EnumType mood = new dev.mifty.schema.model.EnumType(
                dev.mifty.schema.model.QualifiedName.of("mood"), java.util.List.of("ok"));
        Schema base = model("status in ('NEW','PAID')");
        Table t = base.tables().get(0);
        java.util.List<Column> columns = new java.util.ArrayList<>(t.columns());
        columns.add(new Column("feeling", mood.sqlType(), true, "'ok'::mood", Identity.NONE, null));
        Schema withEnum = new Schema(java.util.List.of(t.withColumns(columns)), java.util.List.of(),
                java.util.List.of(mood), java.util.List.of(), null);
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase())) {
            Schema canonical = new Canonicalizer().canonicalize(c, withEnum);
            Table printed = canonical.tables().get(0);
            assertThat(printed.checks().get(0).expression()).contains("ANY");
            assertThat(printed.column("feeling").orElseThrow().defaultValue()).isEqualTo("'ok'::mood");

            apply(c, withEnum);
            Schema live = new Introspector().read(c, "public");
            assertThat(new SchemaDiffer().diff(live, new Canonicalizer().canonicalize(c, withEnum)).changes()).isEmpty();
        }
    }

    private static void apply(Connection c, Schema model) throws Exception {
        try (Statement s = c.createStatement()) {
            for (Change change : new SchemaDiffer().diff(Schema.empty(), model).changes()) {
                for (String sql : new PostgresDialect().render(change)) {
                    s.execute(sql);
                }
            }
        }
    }
}
