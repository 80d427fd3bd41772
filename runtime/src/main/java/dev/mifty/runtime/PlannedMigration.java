package dev.mifty.runtime;

import java.util.List;

/** One migration of a dry run: what it would execute, in order. */
public record PlannedMigration(String version, String name, List<String> statements) {
    public PlannedMigration {
        statements = List.copyOf(statements);
    }
}
