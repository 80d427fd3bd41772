package dev.mifty.runtime.internal.manifest;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the one {@link MigrationManifest} through {@link ServiceLoader} and checks its order. */
public final class ManifestLoader {

    private ManifestLoader() {
    }

    public static MigrationManifest load(ClassLoader classLoader) {
        List<MigrationManifest> found = new ArrayList<>();
        try {
            ServiceLoader.load(MigrationManifest.class, classLoader).forEach(found::add);
        } catch (java.util.ServiceConfigurationError e) {
            throw new MiftyException(ErrorCode.MANIFEST, "cannot load the migration manifest: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new MiftyException(ErrorCode.MANIFEST, "no migration manifest on the classpath (META-INF/services/"
                    + MigrationManifest.class.getName() + "): compile the application with mifty-processor on the "
                    + "annotation processor path and run Mifty on the application's classpath");
        }
        if (found.size() > 1) {
            List<String> names = found.stream().map(m -> m.getClass().getName()).toList();
            throw new MiftyException(ErrorCode.MANIFEST, "more than one migration manifest on the classpath: "
                    + String.join(", ", names) + "; keep the migrations of one database in one compilation");
        }
        return found.get(0);
    }

    /** The manifest's migrations, checked: ascending, unique versions. */
    public static List<MigrationDescriptor> migrations(MigrationManifest manifest) {
        List<MigrationDescriptor> migrations = List.copyOf(manifest.migrations());
        for (int i = 1; i < migrations.size(); i++) {
            MigrationDescriptor previous = migrations.get(i - 1);
            MigrationDescriptor current = migrations.get(i);
            int order = Versions.compare(previous.version(), current.version());
            if (order == 0) {
                throw new MiftyException(ErrorCode.MANIFEST, "two migrations have version " + current.version() + ": "
                        + previous.className() + " and " + current.className() + "; give one of them a new version");
            }
            if (order > 0) {
                throw new MiftyException(ErrorCode.MANIFEST, "the manifest " + manifest.getClass().getName()
                        + " is not in version order at " + current.version() + "; rebuild the application");
            }
        }
        return migrations;
    }
}
