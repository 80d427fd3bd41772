package dev.mifty.runtime;

/** A migration's state: the manifest joined with the history table. */
public enum MigrationState {
    /** Applied, checksum as in the manifest. */
    APPLIED,
    /** In the manifest, not applied. */
    PENDING,
    /** Applied, but the migration changed since (its checksum differs from the recorded one). */
    CHECKSUM_MISMATCH,
    /** The last attempt failed (recorded with {@code success = false}). */
    FAILED,
    /** Applied here, but not in the manifest (newer code ran on this database). */
    UNKNOWN;

    /** Lower-case label for tables and JSON: {@code checksum_mismatch}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
