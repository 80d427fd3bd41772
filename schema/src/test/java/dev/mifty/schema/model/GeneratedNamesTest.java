package dev.mifty.schema.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.sql.PostgresDialect;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The names {@link GeneratedNames} predicts are the ones PostgreSQL gives unnamed checks (asked, not assumed). */
class GeneratedNamesTest {

    @Test
    void predictsPostgresNamesForUnnamedChecks() throws Exception {
        String longTable = "a_rather_long_table_name_for_an_entity_with_many_words_in_it";
        String longColumn = "and_an_even_longer_column_name_that_needs_to_be_cut";
        String unicode = "tabelle_mit_umlauten_äöü_und_noch_mehr_zeichen_ßßß";
        List<String[]> cases = List.of(
                new String[] {"orders", "status", "status in ('A', 'B')"},
                new String[] {"orders", "status", "status <> 'C'"},
                new String[] {"orders", null, "1 < 2"},
                new String[] {"orders", null, "id > 0 or status is null"},
                new String[] {longTable, longColumn, longColumn + " > 0"},
                new String[] {longTable, longColumn, longColumn + " < 100"},
                new String[] {unicode, "größe", "\"größe\" > 0"});
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase()); Statement s = c.createStatement()) {
            Set<String> predicted = new HashSet<>();
            Set<String> taken = new HashSet<>();
            for (String table : List.of("orders", longTable, unicode)) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE " + PostgresDialect.quote(table) + " (id int, status text, "
                        + PostgresDialect.quote(longColumn) + " int, \"größe\" int");
                for (String[] check : cases) {
                    if (check[0].equals(table)) {
                        ddl.append(", CHECK (").append(check[2]).append(')');
                        String name = GeneratedNames.check(table, check[1], taken);
                        taken.add(name);
                        predicted.add(name);
                    }
                }
                s.execute(ddl.append(')').toString());
            }
            Set<String> actual = new HashSet<>();
            new Introspector().read(c, "public").tables().forEach(t -> t.checks().forEach(k -> actual.add(k.name())));
            assertThat(actual).isEqualTo(predicted).contains("orders_status_check", "orders_status_check1", "orders_check",
                    "orders_check1");
        }
    }
}
