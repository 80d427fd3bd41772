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
            default -> base().build();
        };
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
