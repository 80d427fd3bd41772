package dev.mifty.schema.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.DiffProblem;
import dev.mifty.schema.diff.DiffResult;
import dev.mifty.schema.diff.ModelApplier;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.CompositeType.Attribute;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.snapshot.SnapshotCodec;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Schemas, enum and composite types and comments, on a real PostgreSQL with rows: the rendered
 * diff A -> B gives a database whose introspection (several schemas at once) equals B, the values
 * survive (an enum recreated, a composite altered), and the inverses give A back.
 */
class SchemaLevelSqlRunsTest {

    /** The change kinds this test covers (the table-level test covers the others). */
    static final Set<String> KINDS = Set.of("CreateSchema", "DropSchema", "SetTableComment", "SetColumnComment",
            "CreateEnumType", "DropEnumType", "AlterEnumType", "CreateCompositeType", "DropCompositeType",
            "AddAttribute", "DropAttribute", "AlterAttributeType");

    private static final SqlType INT8 = SqlType.of("int8");
    private static final SqlType TEXT = SqlType.of("text");
    private static final List<String> SCHEMAS = List.of("public", "billing", "archive", "tmp", "dba");

    private final SchemaDiffer differ = new SchemaDiffer();
    private final PostgresDialect dialect = new PostgresDialect();

    private static QualifiedName q(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    private static Table table(QualifiedName name, String comment, List<Column> columns, List<ForeignKey> fks) {
        return new Table(name, columns, new PrimaryKey(name.name() + "_pkey", List.of("id")), fks, List.of(), List.of(),
                List.of(), null, comment, null);
    }

    private static Column id() {
        return new Column("id", INT8, false, null, Identity.NONE, null);
    }

    @Test
    void schemasTypesAndCommentsRunBothWaysOnTablesWithRows() throws Exception {
        EnumType status = new EnumType(q(null, "status"), List.of("new", "paid"));
        EnumType kind = new EnumType(q("billing", "kind"), List.of("a", "b", "c"));
        CompositeType address = new CompositeType(q(null, "address"),
                List.of(new Attribute("street", TEXT), new Attribute("zip", SqlType.of("int4"))));
        CompositeType gone = new CompositeType(q(null, "gone"), List.of(new Attribute("x", TEXT)));
        CompositeType note = new CompositeType(q("billing", "note"),
                List.of(new Attribute("body", TEXT), new Attribute("extra", TEXT)));
        EnumType goneEnum = new EnumType(q(null, "gone_enum"), List.of("x"));
        Table orders = table(q(null, "orders"), "Orders", List.of(id(),
                new Column("status", status.sqlType(), false, "'new'::status", Identity.NONE, null, "order state", null),
                new Column("kind", kind.sqlType(), true, null, Identity.NONE, null),
                new Column("addr", address.sqlType(), true, null, Identity.NONE, null, "where to", null),
                new Column("old", gone.sqlType(), true, null, Identity.NONE, null)), List.of());
        Table invoices = table(q("billing", "invoices"), null, List.of(id(), Column.of("order_id", INT8, true)),
                List.of(new ForeignKey("invoices_order_fk", List.of("order_id"), q(null, "orders"), List.of("id"),
                        ReferentialAction.NO_ACTION)));
        Table scratch = table(q("tmp", "scratch"), "scratch", List.of(id()), List.of());
        Schema a = new Schema(List.of(orders, invoices, scratch), List.of(new Sequence(q("billing", "inv_seq"), 1, 1)),
                List.of(status, kind, goneEnum), List.of(address, gone, note), null);

        EnumType status2 = new EnumType(status.name(), List.of("new", "shipped", "paid"));
        EnumType kind2 = new EnumType(kind.name(), List.of("c", "a"));
        EnumType fresh = new EnumType(q("archive", "era"), List.of("old", "new"));
        CompositeType address2 = new CompositeType(address.name(), List.of(new Attribute("street", TEXT),
                new Attribute("zip", SqlType.of("int4")), new Attribute("country", SqlType.varchar(2))));
        CompositeType note2 = new CompositeType(note.name(), List.of(new Attribute("body", SqlType.varchar(100))));
        CompositeType money = new CompositeType(q("archive", "money"),
                List.of(new Attribute("amount", SqlType.numeric(10, 2)), new Attribute("era", fresh.sqlType())));
        Table orders2 = table(q(null, "orders"), "All orders", List.of(id(),
                new Column("status", status2.sqlType(), false, "'new'::status", Identity.NONE, null),
                new Column("kind", kind2.sqlType(), true, null, Identity.NONE, null, "kind of order", null),
                new Column("addr", address2.sqlType(), true, null, Identity.NONE, null, "where to", null)), List.of());
        Table oldOrders = table(q("archive", "old_orders"), "archived", List.of(id(), Column.of("note", TEXT, true),
                new Column("total", money.sqlType(), true, null, Identity.NONE, null, "sum", null)), List.of());
        Table dbaTable = table(q("dba", "audit"), null, List.of(id(), Column.of("who", TEXT, false),
                Column.of("at", SqlType.temporal("timestamptz", 6), false)), List.of());
        Schema b = new Schema(List.of(orders2, invoices, oldOrders, dbaTable),
                List.of(new Sequence(q("billing", "inv_seq"), 1, 1)),
                List.of(status2, kind2, fresh), List.of(address2, money, note2), null);

        DiffResult diff = differ.diff(a, b);
        Set<String> kinds = diff.changes().stream().map(c -> c.getClass().getSimpleName()).collect(Collectors.toSet());
        assertThat(kinds).containsAll(KINDS);
        assertThat(diff.problems()).isEmpty();
        assertThat(diff.transactional()).as("ADD VALUE makes the migration non-transactional").isFalse();
        assertThat(ModelApplier.apply(a, diff.changes()).equalsIgnoringColumnOrder(b)).isTrue();

        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA dba");
            s.execute("COMMENT ON SCHEMA dba IS 'made by the DBA'");
            run(s, differ.diff(Schema.empty(), a).changes());
            assertIntrospected(c, a, "A from empty");
            s.execute("INSERT INTO orders (id, status, kind, addr, old) VALUES (1, 'paid', 'a', ROW('Main St', 7), ROW('x'))");

            run(s, diff.changes());
            assertIntrospected(c, b, "B after A -> B");
            assertThat(single(s, "SELECT status::text || ' ' || kind::text || ' ' || addr::text FROM orders"))
                    .isEqualTo("paid a (\"Main St\",7,)");
            assertThat(single(s, "SELECT obj_description('dba'::regnamespace, 'pg_namespace')"))
                    .as("a schema the DBA made is left as it was").isEqualTo("made by the DBA");
            s.execute("INSERT INTO orders (id, kind) VALUES (2, 'c')");
            assertThat(single(s, "SELECT status::text FROM orders WHERE id = 2")).as("default kept").isEqualTo("new");
            s.execute("DELETE FROM orders WHERE id = 2");

            run(s, ModelApplier.inverses(diff.changes()));
            assertIntrospected(c, a, "A after the inverse");
            assertThat(single(s, "SELECT status::text || ' ' || kind::text || ' ' || (addr).street FROM orders"))
                    .isEqualTo("paid a Main St");
            assertThat(single(s, "SELECT count(*) FROM pg_namespace WHERE nspname IN ('archive', 'dba')"))
                    .as("archive (Mifty's) is dropped, dba (the DBA's) stays").isEqualTo("1");
        }
    }

    @Test
    void aRemovedLabelStillInUseStopsTheRecreationLoudly() throws Exception {
        EnumType before = new EnumType(q(null, "color"), List.of("red", "green"));
        EnumType after = new EnumType(before.name(), List.of("red"));
        Table t = table(q(null, "paint"), null, List.of(id(), Column.of("color", before.sqlType(), true)), List.of());
        Schema a = new Schema(List.of(t), List.of(), List.of(before), List.of(), null);
        Schema b = new Schema(List.of(t.withColumns(List.of(id(), Column.of("color", after.sqlType(), true)))), List.of(),
                List.of(after), List.of(), null);
        DiffResult diff = differ.diff(a, b);
        assertThat(diff.changes()).singleElement().matches(Change::transactional, "the recreation is transactional");
        assertThat(diff.transactional()).as("its inverse adds the label back: the migration is not").isFalse();
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            run(s, differ.diff(Schema.empty(), a).changes());
            s.execute("INSERT INTO paint VALUES (1, 'green')");
            assertThatThrownBy(() -> run(s, diff.changes())).hasMessageContaining("green");
            assertIntrospected(c, a, "unchanged after the failed recreation, outside a transaction too");
            s.execute("DELETE FROM paint");
            run(s, diff.changes());
            assertIntrospected(c, b, "recreated");
        }
    }

    /** Why ADD VALUE is marked non-transactional: PostgreSQL 17 refuses to use the new label before commit. */
    @Test
    void postgresRefusesANewLabelInTheTransactionThatAddedIt() throws Exception {
        EnumType before = new EnumType(q(null, "size"), List.of("s"));
        EnumType after = new EnumType(before.name(), List.of("s", "m"));
        Change add = new Change.AlterEnumType(before, after, List.of());
        assertThat(add.transactional()).isFalse();
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            run(s, List.of(new Change.CreateEnumType(before)));
            c.setAutoCommit(false);
            run(s, List.of(add));
            assertThatThrownBy(() -> s.execute("SELECT 'm'::size")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("unsafe use of new value");
            c.rollback();
            c.setAutoCommit(true);
            run(s, List.of(add));
            run(s, List.of(add));
            assertThat(single(s, "SELECT 'm'::size::text")).as("IF NOT EXISTS: safe to run again").isEqualTo("m");
        }
    }

    private void assertIntrospected(Connection c, Schema expected, String what) throws SQLException {
        Schema actual = new Introspector().read(c, "public", SCHEMAS);
        if (!actual.equalsIgnoringColumnOrder(expected)) {
            SnapshotCodec codec = new SnapshotCodec();
            throw new AssertionError(what + ": introspected schema differs\n--- expected:\n"
                    + codec.write(expected.withSortedColumns()) + "--- actual:\n" + codec.write(actual.withSortedColumns()));
        }
    }

    private void run(Statement s, List<? extends Change> changes) throws SQLException {
        for (Change change : changes) {
            for (String sql : dialect.render(change)) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  change: " + change + "\n  sql: " + sql, e.getSQLState(), e);
                }
            }
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
