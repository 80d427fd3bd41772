package dev.mifty.schema.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.diff.DiffProblem;
import dev.mifty.schema.diff.DiffResult;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jakarta Persistence 3.2 options: rendered when the object is created, never changed silently afterwards. */
class OptionsTest {

    private final SchemaDiffer differ = new SchemaDiffer();
    private final PostgresDialect dialect = new PostgresDialect();

    private static Schema model(String tableOptions, String columnOptions, String indexOptions, String sequenceOptions) {
        Table t = new Table(QualifiedName.of("book"), List.of(
                new Column("id", SqlType.of("int8"), false, null, Identity.NONE, null),
                new Column("title", SqlType.of("text"), true, null, Identity.NONE, null, null, columnOptions)),
                new PrimaryKey("book_pkey", List.of("id")), List.of(), List.of(),
                List.of(new Index("book_title_idx", List.of("title"), false, indexOptions)), List.of(), null, null,
                tableOptions);
        return new Schema(List.of(t), List.of(new Sequence(QualifiedName.of("book_seq"), 1, 50, sequenceOptions)));
    }

    @Test
    void optionsAreRenderedOnCreationAndRunOnPostgres() throws Exception {
        Schema schema = model("WITH (fillfactor = 70)", "COLLATE \"C\"", "WITH (fillfactor = 60)", "CACHE 10");
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            for (String sql : dialect.renderAll(differ.diff(Schema.empty(), schema).changes())) {
                s.execute(sql);
            }
            assertThat(single(s, "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'book'"))
                    .isEqualTo("fillfactor=70");
            assertThat(single(s, "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'book_title_idx'"))
                    .isEqualTo("fillfactor=60");
            assertThat(single(s, "SELECT collname FROM pg_attribute a JOIN pg_collation k ON k.oid = a.attcollation "
                    + "WHERE a.attrelid = 'book'::regclass AND a.attname = 'title'")).isEqualTo("C");
            assertThat(single(s, "SELECT seqcache FROM pg_sequence WHERE seqrelid = 'book_seq'::regclass")).isEqualTo("10");
        }
    }

    @Test
    void aChangeOfOptionsIsAProblemNamingTheObjectAndNoChange() {
        DiffResult result = differ.diff(model(null, null, null, null),
                model("WITH (fillfactor = 70)", "COLLATE \"C\"", "WITH (fillfactor = 60)", "CACHE 10"));
        assertThat(result.changes()).isEmpty();
        assertThat(result.problems()).allMatch(p -> p.kind() == DiffProblem.Kind.OPTIONS_CHANGED)
                .extracting(DiffProblem::message)
                .anyMatch(m -> m.startsWith("the options of table `book` changed from none to `WITH (fillfactor = 70)`"))
                .anyMatch(m -> m.startsWith("the options of column `title` of `book`"))
                .anyMatch(m -> m.startsWith("the options of index `book_title_idx` of `book`"))
                .anyMatch(m -> m.startsWith("the options of sequence `book_seq`"))
                .hasSize(4);
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
