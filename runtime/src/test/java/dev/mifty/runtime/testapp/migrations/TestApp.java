package dev.mifty.runtime.testapp.migrations;

import dev.mifty.runtime.testapp.TestManifest;
import java.util.List;

/** The migrations of the test application. */
public final class TestApp {

    public static final String V1 = "20260101000001";
    public static final String V2 = "20260101000002";
    public static final String V3 = "20260101000003";

    private TestApp() {
    }

    public static TestManifest.Builder base() {
        return TestManifest.builder()
                .sql(V1, "create_customers",
                        List.of("CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)"),
                        List.of("DROP TABLE customers"))
                .sql(V2, "create_orders",
                        List.of("CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers (id))",
                                "CREATE INDEX orders_customer_idx ON orders (customer_id)"),
                        List.of("DROP TABLE orders"))
                .add(V3, "fill_customers", "c0ffee0000000003", FillCustomers::new);
    }

    public static TestManifest manifest(String kind) {
        return switch (kind) {
            case "slow" -> base()
                    .sql("20260101000004", "slow_change",
                            List.of("CREATE TABLE slow_a (id INT)", "SELECT pg_sleep(4)", "CREATE TABLE slow_b (id INT)"),
                            List.of("DROP TABLE slow_b", "DROP TABLE slow_a"))
                    .build();
            case "many" -> many(40);
            case "kill" -> kill();
            default -> base().build();
        };
    }

    /**
     * For kill tests: transactional migrations with one-row markers in {@code kt_log} (so "applied
     * twice" shows), and a non-transactional one that builds two indexes concurrently on 50,000 rows.
     */
    public static TestManifest kill() {
        return TestManifest.builder()
                .sql("20260401000001", "create_items",
                        List.of("CREATE TABLE kt_items (id INT PRIMARY KEY, code TEXT NOT NULL)",
                                "INSERT INTO kt_items SELECT g, md5(g::text) FROM generate_series(1, 50000) g",
                                "CREATE TABLE kt_log (step TEXT NOT NULL)",
                                "INSERT INTO kt_log VALUES ('v1')"),
                        List.of("DROP TABLE kt_log", "DROP TABLE kt_items"))
                .sql("20260401000002", "fill_items",
                        List.of("UPDATE kt_items SET code = upper(code) WHERE id % 2 = 0",
                                "INSERT INTO kt_log VALUES ('v2')"),
                        List.of("DELETE FROM kt_log WHERE step = 'v2'"))
                .sql("20260401000003", "index_items_online",
                        List.of("CREATE INDEX CONCURRENTLY IF NOT EXISTS kt_items_code_idx ON kt_items (code)",
                                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS kt_items_lower_code_idx ON kt_items (lower(code), id)"),
                        List.of("DROP INDEX CONCURRENTLY IF EXISTS kt_items_lower_code_idx",
                                "DROP INDEX CONCURRENTLY IF EXISTS kt_items_code_idx"), false)
                .sql("20260401000004", "slow_step",
                        List.of("INSERT INTO kt_log VALUES ('v4')", "SELECT pg_sleep(0.3)",
                                "ALTER TABLE kt_items ADD COLUMN note TEXT"),
                        List.of("ALTER TABLE kt_items DROP COLUMN note", "DELETE FROM kt_log WHERE step = 'v4'"))
                .sql("20260401000005", "last_step",
                        List.of("INSERT INTO kt_log VALUES ('v5')"),
                        List.of("DELETE FROM kt_log WHERE step = 'v5'"))
                .build();
    }

    /** {@code count} migrations, each creating a table {@code t<i>} and inserting one row. */
    public static TestManifest many(int count) {
        TestManifest.Builder builder = TestManifest.builder();
        for (int i = 1; i <= count; i++) {
            builder.sql(String.format("202601010%05d", i), "create_t" + i,
                    List.of("CREATE TABLE t" + i + " (id INT PRIMARY KEY)", "INSERT INTO t" + i + " VALUES (" + i + ")",
                            "SELECT pg_sleep(0.02)"),
                    List.of("DROP TABLE t" + i));
        }
        return builder.build();
    }
}
