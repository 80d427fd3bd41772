package dev.mifty.schema.roundtrip;

import static dev.mifty.schema.testing.TableBuilder.INT4;
import static dev.mifty.schema.testing.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.sql.PostgresDialect;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SET NOT NULL on a column holding NULLs must fail at migration time, never fill the NULLs silently. */
class SetNotNullOnNullsTest {

    @Test
    void failsWithNotNullViolationAndChangesNothing() throws Exception {
        Schema a = new Schema(List.of(table("t").col("id", INT4, false).col("n", INT4, true).build()), List.of());
        Schema b = new Schema(List.of(table("t").col("id", INT4, false).col("n", INT4, false).build()), List.of());
        SchemaDiffer differ = new SchemaDiffer();
        PostgresDialect dialect = new PostgresDialect();
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            for (Change change : differ.diff(Schema.empty(), a, RenameHints.none()).changes()) {
                for (String sql : dialect.render(change)) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT INTO t (id, n) VALUES (1, NULL)");
            SQLException e = catchThrowableOfType(SQLException.class, () -> {
                for (Change change : differ.diff(a, b, RenameHints.none()).changes()) {
                    for (String sql : dialect.render(change)) {
                        s.execute(sql);
                    }
                }
            });
            assertThat((Object) e).as("the migration must fail").isNotNull();
            assertThat(e.getSQLState()).isEqualTo("23502");
            try (ResultSet rs = s.executeQuery("SELECT n FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1)).isNull();
            }
        }
    }
}
