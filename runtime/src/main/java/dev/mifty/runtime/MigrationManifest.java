package dev.mifty.runtime;

import java.util.List;

/**
 * The list of every migration of a compilation. The Mifty processor writes it as the resource
 * {@code META-INF/mifty/migrations}, which the runtime reads with a fixed class; an implementation
 * registered under {@code META-INF/services/dev.mifty.runtime.MigrationManifest} (found with
 * {@link java.util.ServiceLoader} when there is no such resource) or passed to
 * {@code Mifty.Builder.manifest(...)} works too.
 */
public interface MigrationManifest {

    /** Every migration, in ascending version order. */
    List<MigrationDescriptor> migrations();

    /**
     * Classpath resource holding the schema snapshot the entities compile to (the model a live
     * database is compared with by {@code schema:diff}), e.g. {@code META-INF/mifty/schema.json}.
     */
    String snapshotResource();

    /** The package migrations are written to by {@code migration:create} and {@code schema:diff --output}. */
    default String migrationsPackage() {
        return getClass().getPackageName();
    }
}
