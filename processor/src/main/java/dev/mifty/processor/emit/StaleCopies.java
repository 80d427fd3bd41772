package dev.mifty.processor.emit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Removes the processor's own stale copies from the generated-sources folder ({@code -s}).
 *
 * <p>A migration is emitted through the Filer only in the build that generates it; from the next
 * build on it comes from the source tree. Build tools that do not clean the generated-sources
 * folder on recompilation (maven-compiler-plugin 3.11, IDEs) keep the old copy there, and put the
 * folder on javac's source path and on the IDE's source roots: a duplicate class for the IDE, and
 * a possible "implicitly compiled" warning for javac. Only copies of migrations that now come from
 * the source tree are removed: javac may already have listed the folder, so a file it will still
 * read (the previous build's manifest, which the Filer looks up before re-creating it) must stay.
 */
public final class StaleCopies {

    private final Filer filer;

    public StaleCopies(Filer filer) {
        this.filer = filer;
    }

    /** Deletes {@code <pkg>/<simpleName>.java} from the source output unless it is {@code keep}. */
    public void remove(String packageName, String simpleName, URI keep) {
        try {
            FileObject file = filer.getResource(StandardLocation.SOURCE_OUTPUT, packageName, simpleName + ".java");
            URI uri = file.toUri();
            if (!"file".equals(uri.getScheme())) {
                return;
            }
            Path path = Path.of(uri).normalize();
            if (keep != null && "file".equals(keep.getScheme()) && Path.of(keep).normalize().equals(path)) {
                return;
            }
            Files.deleteIfExists(path);
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            // best effort: a stale copy is harmless for javac itself
        }
    }
}
