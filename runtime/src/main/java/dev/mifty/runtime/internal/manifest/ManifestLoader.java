package dev.mifty.runtime.internal.manifest;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.schema.source.ManifestFile;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the one manifest: the resource {@value ManifestFile#RESOURCE} the processor writes, else
 * (hand-built manifests, applications compiled by Mifty 0.1) a {@link MigrationManifest} found
 * through {@link ServiceLoader}. Checks its order.
 */
public final class ManifestLoader {

    private ManifestLoader() {
    }

    public static MigrationManifest load(ClassLoader classLoader) {
        Set<URL> resources = new LinkedHashSet<>();
        try {
            resources.addAll(Collections.list(classLoader.getResources(ManifestFile.RESOURCE)));
        } catch (IOException e) {
            throw new MiftyException(ErrorCode.MANIFEST, "cannot list " + ManifestFile.RESOURCE + ": " + e, e);
        }
        if (resources.size() == 1) {
            return ResourceManifest.read(resources.iterator().next(), classLoader);
        }
        if (resources.size() > 1) {
            throw new MiftyException(ErrorCode.MANIFEST, "more than one migration manifest on the classpath: "
                    + resources.stream().map(URL::toString).collect(Collectors.joining(", "))
                    + "; keep the migrations of one database in one compilation");
        }
        List<MigrationManifest> found = new ArrayList<>();
        try {
            ServiceLoader.load(MigrationManifest.class, classLoader).forEach(found::add);
        } catch (java.util.ServiceConfigurationError e) {
            throw new MiftyException(ErrorCode.MANIFEST, "cannot load the migration manifest: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new MiftyException(ErrorCode.MANIFEST, "no migration manifest on the classpath ("
                    + ManifestFile.RESOURCE + "): compile the application with mifty-processor on the "
                    + "annotation processor path and run Mifty on the application's classpath");
        }
        if (found.size() > 1) {
            List<String> names = found.stream().map(m -> m.getClass().getName()).toList();
            throw new MiftyException(ErrorCode.MANIFEST, "more than one migration manifest on the classpath: "
                    + String.join(", ", names) + "; keep the migrations of one database in one compilation");
        }
        return found.get(0);
    }

    /** The manifest for messages: the resource it was read from, or its class. */
    public static String describe(MigrationManifest manifest) {
        return manifest instanceof ResourceManifest ? manifest.toString() : manifest.getClass().getName();
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
                throw new MiftyException(ErrorCode.MANIFEST, "the manifest " + describe(manifest)
                        + " is not in version order at " + current.version() + "; rebuild the application");
            }
        }
        return migrations;
    }
}
