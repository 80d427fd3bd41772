package dev.mifty.runtime;

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
}
