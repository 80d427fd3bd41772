package dev.mifty.runtime.internal.manifest;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.schema.source.ManifestFile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The manifest the processor writes as the resource {@value ManifestFile#RESOURCE}: read once,
 * each migration class loaded and instantiated only when that migration runs. A listed class that
 * is missing is an error naming the migration, the class and the resource.
 */
public final class ResourceManifest implements MigrationManifest {

    /** Where the processor copies the snapshot: the model {@code schema:diff} compares with. */
    public static final String SNAPSHOT_RESOURCE = "META-INF/mifty/schema.json";

    private final String source;
    private final String packageName;
    private final List<MigrationDescriptor> migrations;

    private ResourceManifest(String source, String packageName, List<MigrationDescriptor> migrations) {
        this.source = source;
        this.packageName = packageName;
        this.migrations = migrations;
    }

    /** Reads the manifest resource at {@code url}; classes are resolved in {@code loader}, when they run. */
    public static ResourceManifest read(URL url, ClassLoader loader) {
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MiftyException(ErrorCode.MANIFEST, "cannot read the migration manifest " + url + ": " + e, e);
        }
        return of(text, url.toString(), loader);
    }

    /** A manifest from the resource's text ({@code source} names it in messages). */
    public static ResourceManifest of(String text, String source, ClassLoader loader) {
        ManifestFile.Contents contents;
        try {
            contents = ManifestFile.parse(text, source);
        } catch (IllegalArgumentException e) {
            throw new MiftyException(ErrorCode.MANIFEST, "malformed migration manifest " + e.getMessage()
                    + "; rebuild the application", e);
        }
        List<MigrationDescriptor> migrations = new ArrayList<>(contents.lines().size());
        for (ManifestFile.Line line : contents.lines()) {
            migrations.add(new MigrationDescriptor(line.version(), line.name(), line.generated(), line.checksum(),
                    line.className(), factory(line, source, loader), line.replacesUpTo()));
        }
        return new ResourceManifest(source, contents.packageName(), List.copyOf(migrations));
    }

    @Override
    public List<MigrationDescriptor> migrations() {
        return migrations;
    }

    @Override
    public String snapshotResource() {
        return SNAPSHOT_RESOURCE;
    }

    @Override
    public String migrationsPackage() {
        return packageName;
    }

    @Override
    public String toString() {
        return source;
    }

    private static Supplier<Migration> factory(ManifestFile.Line line, String source, ClassLoader loader) {
        return () -> instantiate(line, source, loader);
    }

    private static Migration instantiate(ManifestFile.Line line, String source, ClassLoader loader) {
        String what = "migration " + line.version() + " (" + line.name() + "), listed in " + source + " as class "
                + line.className();
        Class<?> type;
        try {
            type = Class.forName(line.className(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MiftyException(ErrorCode.MANIFEST, what + ": the class is not on the classpath (" + e
                    + "); rebuild the application (e.g. mvn clean compile) so that the manifest and the classes match", e);
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new MiftyException(ErrorCode.MANIFEST, what + ": the class does not implement "
                    + Migration.class.getName() + "; rebuild the application");
        }
        try {
            return (Migration) type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new MiftyException(ErrorCode.MANIFEST, what + ": its constructor failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MiftyException(ErrorCode.MANIFEST, what + ": cannot create it (" + e
                    + "); a migration needs a public no-argument constructor", e);
        }
    }
}
