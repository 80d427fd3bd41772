package dev.mifty.runtime.internal.baseline;

import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The history tables of other migration tools, which Mifty leaves alone: Flyway's
 * {@code flyway_schema_history}, Liquibase's {@code databasechangelog} and
 * {@code databasechangeloglock}. They are not part of the model, so comparisons leave them out.
 */
public final class ForeignHistories {

    public static final Set<String> TABLES = Set.of("flyway_schema_history", "databasechangelog", "databasechangeloglock");

    private ForeignHistories() {
    }

    /** {@code live} without the other tools' history tables. */
    public static Schema withoutForeignHistories(Schema live) {
        List<Table> kept = live.tables().stream().filter(t -> !TABLES.contains(t.name().name())).toList();
        return kept.size() == live.tables().size() ? live : live.withTables(kept);
    }

    /** One line per other tool's history found in {@code schema}, e.g. {@code Flyway history flyway_schema_history: 12 migrations, latest version 1.12 (left alone)}. */
    public static List<String> describe(Connection connection, String schema, Schema live) throws SQLException {
        List<String> found = new ArrayList<>();
        boolean flyway = live.tables().stream().anyMatch(t -> t.name().name().equals("flyway_schema_history"));
        boolean liquibase = live.tables().stream().anyMatch(t -> t.name().name().equals("databasechangelog"));
        String prefix = dev.mifty.schema.sql.PostgresDialect.quote(schema) + ".";
        if (flyway) {
            try (PreparedStatement s = connection.prepareStatement("SELECT count(*), (SELECT version FROM " + prefix
                    + "flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1) FROM "
                    + prefix + "flyway_schema_history WHERE success"); ResultSet rs = s.executeQuery()) {
                rs.next();
                found.add("Flyway history flyway_schema_history: " + rs.getLong(1) + " applied, latest version "
                        + rs.getString(2) + " (left alone)");
            }
        }
        if (liquibase) {
            try (PreparedStatement s = connection.prepareStatement("SELECT count(*), (SELECT id || ' by ' || author || ' in ' || filename FROM "
                    + prefix + "databasechangelog ORDER BY orderexecuted DESC LIMIT 1) FROM " + prefix + "databasechangelog");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                found.add("Liquibase history databasechangelog: " + rs.getLong(1) + " change sets, latest " + rs.getString(2)
                        + " (left alone)");
            }
        }
        return found;
    }
}
