package dev.mifty.runtime.testapp.migrations;

import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationContext;
import java.sql.PreparedStatement;

/** A hand-written data migration: a statement, then a data step through JDBC (skipped in dry runs). */
public class FillCustomers implements Migration {

    @Override
    public void up(MigrationContext context) throws Exception {
        context.execute("INSERT INTO customers (id, name) VALUES (1, 'Ada')");
        if (context.isDryRun()) {
            return;
        }
        try (PreparedStatement insert = context.connection().prepareStatement("INSERT INTO customers (id, name) VALUES (?, ?)")) {
            insert.setLong(1, 2);
            insert.setString(2, "Grace");
            insert.executeUpdate();
        }
    }

    @Override
    public void down(MigrationContext context) throws Exception {
        context.execute("DELETE FROM customers WHERE id IN (1, 2)");
    }
}
