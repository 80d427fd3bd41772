package dev.mifty.runtime;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One manifest entry.
 *
 * @param version   the migration's version ({@code yyyyMMddHHmmss}); versions are compared as
 *                  strings of equal length, i.e. numerically
 * @param name      the snake_case description, e.g. {@code add_phone_to_customers}
 * @param generated true when written by the processor, false for hand-written migrations
 * @param checksum  lowercase hex; generated: SHA-256 (first 16 hex digits) of the normalised SQL
 *                  statements, hand-written: of the normalised source text
 * @param className the migration class (binary name), for messages
 * @param factory   creates the migration; called only when the migration runs
 * @param replacesUpTo for a squash ({@code migration:squash}), the last version it replaces: it
 *                  stands for every migration up to and including that version; otherwise null
 */
public record MigrationDescriptor(
        String version,
        String name,
        boolean generated,
        String checksum,
        String className,
        Supplier<? extends Migration> factory,
        String replacesUpTo) {

    /** A migration that replaces none. */
    public MigrationDescriptor(String version, String name, boolean generated, String checksum, String className,
                               Supplier<? extends Migration> factory) {
        this(version, name, generated, checksum, className, factory, null);
    }

    /** True for a squash. */
    public boolean isSquash() {
        return replacesUpTo != null;
    }

    public MigrationDescriptor {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(factory, "factory");
    }
}
