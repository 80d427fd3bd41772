package dev.mifty.schema.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void eachNewDatabaseIsEmptyAndSeparate() throws Exception {
        String a = TestDatabases.newDatabase();
        String b = TestDatabases.newDatabase();
        assertThat(a).isNotEqualTo(b);
        try (Connection c = TestDatabases.connect(a)) {
            c.createStatement().execute("CREATE TABLE only_in_a (id int)");
        }
        try (Connection c = TestDatabases.connect(b);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_in_a'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
