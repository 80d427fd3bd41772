package dev.mifty.runtime.internal.history;

import java.time.Instant;

/** One row of {@code mifty_schema_history}. */
public record AppliedMigration(
        int installedRank,
        String version,
        String description,
        String type,
        String checksum,
        Instant installedOn,
        long executionTime,
        boolean success) {

    /** {@code type} of rows written by {@code migration:resolve --as=up}. */
    public static final String RESOLVED = "RESOLVED";
}
