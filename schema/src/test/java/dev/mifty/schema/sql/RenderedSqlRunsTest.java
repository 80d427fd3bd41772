package dev.mifty.schema.sql;

import static dev.mifty.schema.diff.T.INT4;
import static dev.mifty.schema.diff.T.INT8;
import static dev.mifty.schema.diff.T.TEXT;
import static dev.mifty.schema.diff.T.q;
import static dev.mifty.schema.diff.T.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.DiffResult;
import dev.mifty.schema.diff.ModelApplier;
import dev.mifty.schema.diff.RandomDiffPairs;
import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rendered SQL runs on a real PostgreSQL, forward and backward, and does what the model says. */
class RenderedSqlRunsTest {

    private static final long SEED = Long.getLong("mifty.seed", 20261124L);

    private final SchemaDiffer differ = new SchemaDiffer();
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void everyKindOfChangeRunsOnATableWithRowsAndSoDoesItsInverse() throws Exception {
        Table user = table("user").id()
                .col(new Column("name", TEXT, true, "'x'", Identity.NONE, null))
                .notNull("order", INT4).col("code", TEXT)
                .unique("user_code_uq", "code").check("user_ck", "1 < 2").index("user_name_idx", false, "name").build();
        Table legacy = table("legacy").id().col("user_id", INT8).fk("legacy_user_fk", "user_id", "user").build();
        Table parent = table("parent").col(Column.of("id", INT4, false)).pk("parent_pkey", "id").build();
        Table child = table("child").id().col("parent_id", INT4).fk("child_parent_fk", "parent_id", "parent").build();
        Table renameMe = table("renamed_me").id().col("old_col", TEXT).build();
        Sequence altered = new Sequence(q("alt_seq"), 1, 1);
        Schema from = new Schema(List.of(user, legacy, parent, child, renameMe),
                List.of(new Sequence(q("old_seq"), 1, 1), altered));

        Table userAfter = table("user")
                .col(new Column("id", INT8, false, null, Identity.BY_DEFAULT, null)).pk("user_pkey", "id")
                .notNull("name", TEXT).col("order", INT8).notNull("Weird \"Col\"", SqlType.of("bool"))
                .notNull("joined", SqlType.temporal("timestamptz", 6)).notNull("uid", SqlType.of("uuid"))
                .notNull("blob", SqlType.of("bytea")).notNull("tags", SqlType.of("_int4"))
                .notNull("amount", SqlType.numeric(10, 2)).notNull("short", SqlType.bpchar(2))
                .notNull("day", SqlType.of("date")).notNull("doc", SqlType.of("jsonb"))
                .unique("user_name_uq", "name").check("user_ck2", "2 > 1").index("user_order_idx", true, "order desc").build();
        Table parentAfter = table("parent").col(Column.of("id", INT8, false)).pk("parent_pk", "id").build();
        Table childAfter = table("child").id().col("parent_id", INT8).fk("child_parent_fk", "parent_id", "parent").build();
        Table renamed = table("renamed").id().pk("renamed_me_pkey", "id").col("new_col", TEXT).build();
        Table fresh = table("fresh").id().col("user_id", INT8).fk("fresh_user_fk", "user_id", "user").build();
        Schema to = new Schema(List.of(userAfter, parentAfter, childAfter, renamed, fresh),
                List.of(new Sequence(q("new_seq"), 10, 1), new Sequence(q("alt_seq"), 1, 5)));
        RenameHints hints = new RenameHints(Map.of(q("renamed_me"), q("renamed")),
                Map.of(q("renamed"), Map.of("old_col", "new_col")));

        DiffResult diff = differ.diff(from, to, hints);
        Set<String> kinds = diff.changes().stream().map(c -> c.getClass().getSimpleName()).collect(Collectors.toSet());
        assertThat(kinds).containsAll(Arrays.stream(Change.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .filter(k -> !SchemaLevelSqlRunsTest.KINDS.contains(k)).toList());

        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            run(s, differ.diff(Schema.empty(), from, RenameHints.none()).changes());
            s.execute("INSERT INTO \"user\" (id, name, \"order\", code) VALUES (1, 'bob', 5, 'c')");
            s.execute("INSERT INTO parent VALUES (1)");
            s.execute("INSERT INTO child VALUES (1, 1)");
            s.execute("INSERT INTO legacy VALUES (1, 1)");
            s.execute("INSERT INTO renamed_me VALUES (1, 'kept')");
            assertThat(DbShape.of(c)).isEqualTo(DbShape.of(from));

            run(s, diff.changes());
            assertThat(DbShape.of(c)).isEqualTo(DbShape.of(to));
            assertThat(single(s, "SELECT new_col FROM renamed")).isEqualTo("kept");
            assertThat(single(s, "SELECT \"Weird \"\"Col\"\"\"::text || ' ' || uid::text || ' ' || tags::text || ' ' "
                    + "|| (short = '')::text FROM \"user\" WHERE id = 1"))
                    .isEqualTo("false 00000000-0000-0000-0000-000000000000 {} true");
            assertThat(single(s, "SELECT parent_id FROM child")).isEqualTo("1");
            s.execute("INSERT INTO \"user\" (name, uid, blob, tags, amount, short, day, doc, \"Weird \"\"Col\"\"\", joined) "
                    + "VALUES ('ann', gen_random_uuid(), '\\x01', '{1}', 1, 'ab', now(), '{}', true, now())");
            assertThat(single(s, "SELECT max(id) FROM \"user\"")).as("identity continues after existing rows").isEqualTo("2");
            s.execute("DELETE FROM \"user\" WHERE id = 2");

            run(s, ModelApplier.inverses(diff.changes()));
            assertThat(DbShape.of(c)).isEqualTo(DbShape.of(from));
            assertThat(single(s, "SELECT old_col FROM renamed_me")).isEqualTo("kept");
            assertThat(single(s, "SELECT name || ' ' || \"order\" FROM \"user\"")).isEqualTo("bob 5");
        }
    }

    @Test
    void notNullColumnsWithoutDefaultAreAddedToATableWithRowsAndEndWithoutDefault() throws Exception {
        List<SqlType> types = List.of(SqlType.of("int2"), SqlType.of("int4"), INT8, SqlType.numeric(5, 1),
                SqlType.of("float4"), SqlType.of("float8"), SqlType.of("bool"), SqlType.varchar(10), SqlType.bpchar(3),
                TEXT, SqlType.of("date"), SqlType.of("timestamp"), SqlType.temporal("timestamptz", 3),
                SqlType.of("time"), SqlType.of("timetz"), SqlType.of("interval"), SqlType.of("uuid"), SqlType.of("bytea"),
                SqlType.of("json"), SqlType.of("jsonb"), SqlType.of("_text"), SqlType.of("inet"), SqlType.of("cidr"),
                SqlType.of("macaddr"), SqlType.of("varbit"), SqlType.of("tsvector"), SqlType.of("point"),
                SqlType.raw("character varying(20) COLLATE \"C\""), SqlType.raw("timestamp with time zone"),
                SqlType.raw("numeric(5)"), SqlType.raw("integer[]"), SqlType.raw("double precision"));
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int)");
            s.execute("INSERT INTO t VALUES (1), (2)");
            for (SqlType type : types) {
                String column = "c_" + type.name().replaceAll("\\W", "_");
                Change add = new Change.AddColumn(q("t"), Column.of(column, type, false));
                run(s, List.of(add));
                assertThat(single(s, "SELECT count(*) FROM information_schema.columns WHERE table_name = 't' "
                        + "AND column_name = '" + column + "' AND is_nullable = 'NO' AND column_default IS NULL"))
                        .as(type.name()).isEqualTo("1");
                run(s, List.of(add.inverse(), add));
            }
        }
    }

    @Test
    void setNotNullOnAColumnWithNullsFailsInsteadOfChangingData() throws Exception {
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int, note text)");
            s.execute("INSERT INTO t VALUES (1, NULL)");
            assertThatThrownBy(() -> run(s, List.of(new Change.SetNotNull(q("t"), "note"))))
                    .isInstanceOf(SQLException.class).hasMessageContaining("null");
            assertThat(single(s, "SELECT count(*) FROM t WHERE note IS NULL")).isEqualTo("1");
        }
    }

    @Test
    void notNullColumnOfATypeWithoutZeroValueFailsOnATableWithRows() throws Exception {
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            s.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')");
            s.execute("CREATE TABLE t (id int)");
            Change add = new Change.AddColumn(q("t"), Column.of("m", SqlType.of("mood"), false));
            run(s, List.of(add, add.inverse()));
            s.execute("INSERT INTO t VALUES (1)");
            assertThatThrownBy(() -> run(s, List.of(add))).isInstanceOf(SQLException.class)
                    .hasMessageContaining("contains null values");
        }
    }

    @Test
    void typeChangesConvertValuesOrFailButNeverTruncate() throws Exception {
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (n text, s varchar(20), k int4)");
            s.execute("INSERT INTO t VALUES ('42', 'abcdefghij', 7)");
            run(s, List.of(new Change.AlterColumnType(q("t"), "n", TEXT, INT4),
                    new Change.AlterColumnType(q("t"), "k", INT4, SqlType.varchar(3))));
            assertThat(single(s, "SELECT n + 1 || ' ' || k FROM t")).isEqualTo("43 7");
            assertThatThrownBy(() -> run(s, List.of(new Change.AlterColumnType(q("t"), "s", SqlType.varchar(20),
                    SqlType.varchar(5))))).isInstanceOf(SQLException.class).hasMessageContaining("too long");
            assertThat(single(s, "SELECT s FROM t")).isEqualTo("abcdefghij");
        }
    }

    @Test
    void schemaQualifiedAndHostileNamesRun() throws Exception {
        QualifiedName name = QualifiedName.of("Billing", "select");
        Table t = table(name).col(Column.of("from", INT8, false)).pk("select\"pk", "from")
                .col("a;b", TEXT).index("we'ird", false, "a;b desc").build();
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA \"Billing\"");
            List<Change> changes = differ.diff(Schema.empty(), new Schema(List.of(t), List.of()), RenameHints.none()).changes();
            run(s, changes);
            run(s, List.of(new Change.RenameTable(name, QualifiedName.of("Billing", "user"))));
            run(s, List.of(new Change.RenameTable(QualifiedName.of("Billing", "user"), name)));
            run(s, ModelApplier.inverses(changes));
            assertThat(single(s, "SELECT count(*) FROM pg_class WHERE relname = 'select'")).isEqualTo("0");
        }
    }

    @Test
    void uniqueConstraintsRepeatingTheKeyAreKeptWhenTheTableIsCreated() throws Exception {
        Table t = table("t").id().col("a", TEXT).unique("t_id_uq", "id").unique("t_a_uq", "a")
                .unique("t_a_uq2", "a").build();
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            Schema schema = new Schema(List.of(t), List.of());
            run(s, differ.diff(Schema.empty(), schema, RenameHints.none()).changes());
            assertThat(DbShape.of(c)).isEqualTo(DbShape.of(schema));
        }
    }

    /** Random pairs: the rendered diff and then its inverses run, and the database has the expected shape. */
    @Test
    void randomPairsRunForwardAndBack() throws Exception {
        System.out.println("RenderedSqlRunsTest seed " + SEED + " (-Dmifty.seed=... to replay)");
        Random random = new Random(SEED);
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            for (int i = 0; i < 60; i++) {
                RandomDiffPairs.Pair pair = RandomDiffPairs.pair(random);
                s.execute("DO $$ DECLARE n name; BEGIN FOR n IN SELECT nspname FROM pg_namespace WHERE nspname "
                        + "NOT IN ('pg_catalog', 'information_schema', 'public') AND nspname NOT LIKE 'pg\\_%' LOOP "
                        + "EXECUTE format('DROP SCHEMA %I CASCADE', n); END LOOP; END $$");
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
                List<Change> changes = differ.diff(pair.from(), pair.to(), pair.hints()).changes();
                String context = "pair #" + i + "\nfrom " + pair.from() + "\nto " + pair.to() + "\nchanges " + changes;
                try {
                    run(s, differ.diff(Schema.empty(), pair.from(), RenameHints.none()).changes());
                    run(s, changes);
                    assertThat(DbShape.of(c)).as(context).isEqualTo(DbShape.of(pair.to()));
                    run(s, ModelApplier.inverses(changes));
                    assertThat(DbShape.of(c)).as(context).isEqualTo(DbShape.of(pair.from()));
                } catch (SQLException e) {
                    throw new AssertionError(context + "\n" + e.getMessage(), e);
                }
            }
        }
    }

    private void run(Statement s, List<Change> changes) throws SQLException {
        for (String sql : dialect.renderAll(changes)) {
            try {
                s.execute(sql);
            } catch (SQLException e) {
                throw new SQLException(e.getMessage() + "\nin: " + sql, e.getSQLState(), e);
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
