package dev.mifty.runtime;

import java.time.Instant;

/**
 * One migration as the status shows it.
 *
 * @param version         the version
 * @param name            the snake_case name
 * @param state           see {@link MigrationState}
 * @param checksum        the manifest's checksum, null for {@link MigrationState#UNKNOWN}
 * @param appliedChecksum the recorded checksum, null when never applied
 * @param appliedAt       when it was applied (or failed), null when pending
 * @param executionMillis how long it ran, null when pending
 */
public record MigrationInfo(
        String version,
        String name,
        MigrationState state,
        String checksum,
        String appliedChecksum,
        Instant appliedAt,
        Long executionMillis) {

    /** {@code 20261124153000_add_phone_to_customers}. */
    public String label() {
        return version + "_" + name;
    }
}
