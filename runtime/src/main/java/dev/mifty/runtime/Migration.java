package dev.mifty.runtime;

import java.time.Duration;

/**
 * A migration: what {@code up} changes, {@code down} undoes exactly.
 *
 * <p>Generated migrations and hand-written ones ({@code migration:create}) implement this and are
 * annotated with {@link dev.mifty.annotations.Migration}; the processor lists them in the manifest.
 * Implementations need a public no-argument constructor.
 */
public interface Migration {

    /** Applies the change. Each statement goes through {@link MigrationContext#execute(String)}. */
    void up(MigrationContext context) throws Exception;

    /** Reverts {@link #up}. */
    void down(MigrationContext context) throws Exception;

    /**
     * False for migrations that cannot run inside a transaction (e.g. {@code CREATE INDEX
     * CONCURRENTLY}). Such a migration runs in autocommit mode, and a failure part-way can leave
     * part of it applied.
     */
    default boolean transactional() {
        return true;
    }

    /**
     * How long each statement of this migration may wait for a table lock (PostgreSQL
     * {@code lock_timeout}); null (the default) takes the run's setting ({@code --lock-timeout},
     * {@code MIFTY_LOCK_TIMEOUT}, {@link Mifty.Builder#statementLockTimeout}, 5 s by default). When
     * it expires the migration is rolled back and retried with backoff.
     */
    default Duration lockTimeout() {
        return null;
    }
}
