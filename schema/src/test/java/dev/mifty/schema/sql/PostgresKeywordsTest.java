package dev.mifty.schema.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.testing.TestDatabases;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PostgresDialect#quote} decides exactly as PostgreSQL's own {@code quote_ident}. */
class PostgresKeywordsTest {

    private static String url;

    @BeforeAll
    static void database() {
        url = TestDatabases.newDatabase();
    }

    @Test
    void theConstantListIsTheServersQuotedKeywords() throws Exception {
        Set<String> server = new TreeSet<>();
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'")) {
            while (r.next()) {
                server.add(r.getString(1));
            }
        }
        assertThat(new TreeSet<>(PostgresKeywords.QUOTED)).isEqualTo(server);
    }

    @Test
    void quoteAgreesWithQuoteIdentForEveryKeywordAndOtherNames() throws Exception {
        List<String> names = new ArrayList<>(List.of("customer", "customer_id", "_private", "t1", "Order",
                "orderLines", "1st", "my table", "a$b", "naïve", "we\"ird", "x-y", "ÄRGER", "user", "order",
                "value", "name", "type", "public"));
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT word FROM pg_get_keywords()")) {
            while (r.next()) {
                names.add(r.getString(1));
                names.add(r.getString(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        try (Connection c = TestDatabases.connect(url);
             PreparedStatement p = c.prepareStatement("SELECT n, quote_ident(n) FROM unnest(?) AS n")) {
            Array array = c.createArrayOf("text", names.toArray());
            p.setArray(1, array);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    expected.put(r.getString(1), r.getString(2));
                }
            }
        }
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(name -> actual.put(name, PostgresDialect.quote(name)));
        assertThat(expected).hasSizeGreaterThan(800);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void quotedAndBareNamesRunOnTheServer() throws Exception {
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement()) {
            for (String name : List.of("order", "Order", "select", "plain", "1st", "a b")) {
                s.execute("CREATE TABLE " + PostgresDialect.quote(name) + " (" + PostgresDialect.quote("user")
                        + " integer, " + PostgresDialect.quote("CamelCase") + " integer, id integer)");
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM pg_class WHERE relname = '"
                        + name.replace("'", "''") + "'")) {
                    r.next();
                    assertThat(r.getInt(1)).as(name).isEqualTo(1);
                }
            }
        }
    }
}
