package dev.mifty.example.migrations;

import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationContext;
import java.sql.PreparedStatement;

/**
 * Hand-written data migration: e-mail addresses are compared case-insensitively by the shop from
 * now on, so store them trimmed and in lower case. Rolling back keeps the normalised addresses (they
 * are valid for the earlier code too), so {@code down} has nothing to undo.
 */
@dev.mifty.annotations.Migration(version = "20261124165056", name = "normalize_customer_emails")
public class V20261124165056_NormalizeCustomerEmails implements Migration {

    @Override
    public void up(MigrationContext context) throws Exception {
        if (context.isDryRun()) {
            context.execute("UPDATE customer SET email = lower(trim(email)) WHERE email <> lower(trim(email))");
            return;
        }
        try (PreparedStatement update = context.connection().prepareStatement(
                "UPDATE customer SET email = lower(trim(email)) WHERE email <> lower(trim(email))")) {
            int changed = update.executeUpdate();
            if (changed > 0) {
                System.out.println("  normalised " + changed + " customer e-mail address(es)");
            }
        }
    }

    @Override
    public void down(MigrationContext context) {
        // nothing to undo: see the class comment
    }
}
