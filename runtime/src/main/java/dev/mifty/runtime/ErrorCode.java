package dev.mifty.runtime;

/** Why a Mifty command failed; each code maps to a CLI exit code. */
public enum ErrorCode {
    /** Bad command-line input or options (exit 2). */
    USAGE(2),
    /** No manifest on the classpath, or more than one, or an invalid one. */
    MANIFEST(1),
    /** No database configured: no URL, no DataSource, and no embedded PostgreSQL on the class path. */
    NO_DATABASE(1),
    /** The database cannot be reached or refused the login. */
    CONNECTION(1),
    /**
     * The advisory lock was not obtained within its wait, or a migration's statement waited longer
     * than its {@code lock_timeout} for a table lock on every attempt.
     */
    LOCK_TIMEOUT(1),
    /** Validation refused to run: checksum mismatch, unknown applied version, failed migration. */
    VALIDATION(1),
    /** Migrations are pending where they must not be: start-up with auto-run off ({@code Mifty.validateNoPending()}). */
    PENDING(1),
    /** A migration's statement failed; it was rolled back. */
    MIGRATION_FAILED(1),
    /** A named migration or version does not exist. */
    NOT_FOUND(1),
    /** A dev-only command in {@code MIFTY_ENV=production}. */
    PRODUCTION_GUARD(1),
    /** {@code schema:diff} found differences between the database and the model. */
    DRIFT(1),
    /** Reading or writing files (snapshot, migration sources). */
    IO(1),
    /** The connection goes through a transaction-pooling connection pooler (PgBouncer); migrations need a direct one. */
    POOLER(1),
    /** {@code migration:baseline} found differences between the database and the model. */
    BASELINE(1),
    /** Any other database error. */
    DATABASE(1);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The CLI exit code: 2 for usage errors, 1 for every failure. */
    public int exitCode() {
        return exitCode;
    }
}
