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
    UNKNOWN,
    /**
     * Stands behind a squash ({@code migration:squash}) and does not run: a migration the squash
     * replaces on a database where the squash runs (or ran) instead, an applied one whose class
     * was deleted after the squash, or the squash itself on a database that runs its replaced
     * migrations instead (some of them were applied before the squash existed).
     */
    REPLACED;

    /** Lower-case label for tables and JSON: {@code checksum_mismatch}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
