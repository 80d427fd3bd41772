package dev.mifty.processor.emit;

import com.palantir.javapoet.ClassName;
import dev.mifty.schema.source.ManifestFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the manifest resource {@value ManifestFile#RESOURCE}: every migration of the compilation,
 * in version order, one line each (see {@link ManifestFile}). A resource, not a class: it costs
 * javac no extra round and has no constant pool to overflow; the runtime reads it with a fixed
 * class and instantiates each migration only when it runs.
 */
public final class ManifestWriter {

    public static final String RESOURCE = ManifestFile.RESOURCE;

    /**
     * One manifest line.
     *
     * @param replacesUpTo for a squash, the last version it replaces; otherwise null
     */
    public record Entry(String version, String name, boolean generated, String checksum, ClassName type,
                        String replacesUpTo) {

        public Entry(String version, String name, boolean generated, String checksum, ClassName type) {
            this(version, name, generated, checksum, type, null);
        }
    }

    /** The resource's text; {@code migrations} in version order. */
    public String write(String packageName, List<Entry> migrations) {
        List<ManifestFile.Line> lines = new ArrayList<>(migrations.size());
        for (Entry e : migrations) {
            lines.add(new ManifestFile.Line(e.version(), e.name(),
                    e.generated() ? ManifestFile.Kind.GENERATED : ManifestFile.Kind.HANDWRITTEN, e.checksum(),
                    e.type().reflectionName(), e.replacesUpTo()));
        }
        return ManifestFile.write(packageName, lines);
    }
}
