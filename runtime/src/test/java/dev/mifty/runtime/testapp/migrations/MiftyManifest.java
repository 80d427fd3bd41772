package dev.mifty.runtime.testapp.migrations;

import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.runtime.testapp.TestManifest;
import java.util.List;

/**
 * The test application's manifest, found through ServiceLoader as the processor's would be. The
 * system property {@code mifty.test.manifest=slow} adds a long migration (for the kill test);
 * {@code many} gives 40 migrations (for the concurrency test).
 */
public class MiftyManifest implements MigrationManifest {

    private final MigrationManifest delegate = TestApp.manifest(System.getProperty("mifty.test.manifest", "default"));

    @Override
    public List<MigrationDescriptor> migrations() {
        return delegate.migrations();
    }

    @Override
    public String snapshotResource() {
        return delegate.snapshotResource();
    }
}
