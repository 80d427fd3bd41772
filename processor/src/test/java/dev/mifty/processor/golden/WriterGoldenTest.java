package dev.mifty.processor.golden;

import com.palantir.javapoet.ClassName;
import dev.mifty.processor.emit.ManifestWriter;
import dev.mifty.schema.source.MigrationSource;
import dev.mifty.schema.source.MigrationSourceWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact output of the migration and manifest writers. */
class WriterGoldenTest {

    static final MigrationSource ADD_PHONE = new MigrationSource("shop.migrations", "20261124153000",
            "add_phone_and_index_to_customers", "0123456789abcdef", "fedcba9876543210", List.of(
                    new MigrationSource.Step("Customer.phone: + customers.phone varchar(20)",
                            List.of("ALTER TABLE customers ADD COLUMN phone varchar(20)"),
                            List.of("ALTER TABLE customers DROP COLUMN phone")),
                    new MigrationSource.Step("Customer: + index customers.idx_customer_phone",
                            List.of("CREATE INDEX idx_customer_phone ON customers (phone)"),
                            List.of("DROP INDEX idx_customer_phone"))),
            true);

    @Test
    void migration() throws Exception {
        GoldenFiles.assertMatches("V20261124153000_AddPhoneAndIndexToCustomers.java",
                new MigrationSourceWriter().write(ADD_PHONE).toString());
    }

    static final MigrationSource CREATE_ORDERS = new MigrationSource("shop.migrations", "20261124153001",
            "create_orders", "fedcba9876543210", "1111111111111111", List.of(
                    new MigrationSource.Step("Order: + table orders",
                            List.of("CREATE TABLE orders (\n    id bigint NOT NULL,\n    note text,\n"
                                            + "    \"user\" bigint,\n    CONSTRAINT orders_pkey PRIMARY KEY (id)\n)",
                                    "COMMENT ON TABLE orders IS 'it''s \"quoted\"\\n'"),
                            List.of("DROP TABLE orders"))),
            false);

    @Test
    void nonTransactionalMigrationWithSeveralStatementsPerStep() throws Exception {
        GoldenFiles.assertMatches("V20261124153001_CreateOrders.java",
                new MigrationSourceWriter().write(CREATE_ORDERS).toString());
    }

    @Test
    void belowJava15StatementsAreEscapedStringLiterals() throws Exception {
        GoldenFiles.assertMatches("V20261124153001_CreateOrders.java11.txt",
                MigrationSourceWriter.forRelease(11).write(CREATE_ORDERS).toString());
    }

    @Test
    void manifest() throws Exception {
        GoldenFiles.assertMatches("migrations.txt", new ManifestWriter().write("shop.migrations", List.of(
                new ManifestWriter.Entry("20261120090000", "seed_countries", false, "aaaaaaaaaaaaaaaa",
                        ClassName.get("shop.migrations", "V20261120090000_SeedCountries")),
                new ManifestWriter.Entry("20261124153000", "add_phone_and_index_to_customers", true,
                        MigrationSourceWriter.checksum(ADD_PHONE),
                        ClassName.get("shop.migrations", "V20261124153000_AddPhoneAndIndexToCustomers")))));
    }

    @Test
    void emptyManifest() throws Exception {
        GoldenFiles.assertMatches("empty-migrations.txt", new ManifestWriter().write("shop.migrations", List.of()));
    }
}
