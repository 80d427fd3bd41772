package dev.mifty.schema.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.UniqueConstraint;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The online forms run on a real PostgreSQL, one statement per transaction, and end where the plain forms end. */
class OnlineSqlTest {

    private static final QualifiedName CUSTOMERS = QualifiedName.of("customers");
    private static final QualifiedName ORDERS = QualifiedName.of("orders");
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void onlineFormsRunInAutocommitAndLeaveValidatedConstraints() throws Exception {
        String url = TestDatabases.newDatabase();
        List<Change> changes = List.of(
                new Change.CreateIndex(CUSTOMERS, new Index("idx_customers_name", List.of("name"), false)),
                new Change.AddUnique(CUSTOMERS, new UniqueConstraint("uk_customers_email", List.of("email"))),
                new Change.AddForeignKey(ORDERS, new ForeignKey("fk_orders_customer", List.of("customer_id"), CUSTOMERS,
                        List.of("id"), ReferentialAction.NO_ACTION)),
                new Change.AddCheck(CUSTOMERS, new CheckConstraint("ck_customers_name", "name <> ''")),
                new Change.SetNotNull(CUSTOMERS, "email"));
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id BIGINT PRIMARY KEY, name TEXT, email VARCHAR(200))");
            s.execute("INSERT INTO customers SELECT g, 'n' || g, 'e' || g FROM generate_series(1, 1000) g");
            s.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT)");
            s.execute("INSERT INTO orders SELECT g, g FROM generate_series(1, 1000) g");
            List<String> statements = new ArrayList<>();
            for (Change change : changes) {
                assertThat(PostgresDialect.hasOnlineForm(change)).isTrue();
                statements.addAll(dialect.renderOnline(change));
            }
            c.setAutoCommit(true); // CONCURRENTLY refuses a transaction block
            for (String sql : statements) {
                s.execute(sql);
            }
            assertThat(statements).anyMatch(sql -> sql.startsWith("CREATE INDEX CONCURRENTLY IF NOT EXISTS"))
                    .anyMatch(sql -> sql.endsWith(" NOT VALID")).anyMatch(sql -> sql.contains("VALIDATE CONSTRAINT"));
            assertThat(strings(s, "SELECT conname || ':' || contype::text || ':' || convalidated FROM pg_constraint "
                    + "WHERE conrelid IN ('customers'::regclass, 'orders'::regclass) ORDER BY 1"))
                    .containsExactly("ck_customers_name:c:true", "customers_pkey:p:true", "fk_orders_customer:f:true",
                            "orders_pkey:p:true", "uk_customers_email:u:true");
            assertThat(strings(s, "SELECT c.relname || ':' || i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    + "WHERE i.indrelid = 'customers'::regclass ORDER BY 1"))
                    .containsExactly("customers_pkey:true", "idx_customers_name:true", "uk_customers_email:true");
            assertThat(strings(s, "SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'customers'::regclass AND attname = 'email'"))
                    .containsExactly("true");
            // repeatable: the index statements run again without error
            s.execute(dialect.renderOnline(changes.get(0)).get(0));
            // and the inverses undo it, online too
            for (int i = changes.size() - 1; i >= 0; i--) {
                for (String sql : dialect.renderOnline(changes.get(i).inverse())) {
                    s.execute(sql);
                }
            }
            assertThat(strings(s, "SELECT conname FROM pg_constraint WHERE conrelid IN ('customers'::regclass, 'orders'::regclass) ORDER BY 1"))
                    .containsExactly("customers_pkey", "orders_pkey");
            assertThat(dialect.renderOnline(changes.get(0).inverse()).get(0)).startsWith("DROP INDEX CONCURRENTLY IF EXISTS");
        }
    }

    @Test
    void aFailedConcurrentBuildLeavesAnInvalidIndex() throws Exception {
        String url = TestDatabases.newDatabase();
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id BIGINT PRIMARY KEY, email TEXT)");
            s.execute("INSERT INTO customers VALUES (1, 'a'), (2, 'a')");
            String sql = dialect.renderOnline(new Change.AddUnique(CUSTOMERS, new UniqueConstraint("uk_email", List.of("email")))).get(0);
            try {
                s.execute(sql);
            } catch (java.sql.SQLException expected) {
                assertThat(expected.getSQLState()).isEqualTo("23505");
            }
            assertThat(strings(s, "SELECT c.relname || ':' || i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    + "WHERE c.relname = 'uk_email'")).containsExactly("uk_email:false");
        }
    }

    private static List<String> strings(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
