package dev.mifty.designer.design;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Design mode's edits: preview an edit as a source diff, then save exactly what was previewed.
 * A save names the hash of the file it was previewed on, so a file changed in between (by the
 * user's editor) is refused instead of overwritten.
 */
public final class DesignService {

    /** A previewed edit: the file (relative to the project), the diff, and the hash of the file it applies to (null: new file). */
    public record Preview(String file, boolean newFile, String diff, String baseHash) {
    }

    private final Path projectDir;
    private final EntitySources sources;

    public DesignService(Path projectDir, java.util.List<Path> sourceRoots) {
        this.projectDir = projectDir;
        this.sources = new EntitySources(projectDir, sourceRoots);
    }

    public EntitySources.Listing entities() {
        return sources.list();
    }

    public Preview preview(EntityEdit edit) {
        SourceEditor.Planned planned = new SourceEditor(sources).plan(edit);
        requireParses(planned);
        String file = sources.relative(planned.file());
        return new Preview(file, planned.before() == null, SourceDiff.unified(file, planned.before(), planned.after()),
                planned.before() == null ? null : hash(planned.before()));
    }

    /** Applies the edit and writes the file; {@code baseHash} is {@link Preview#baseHash()} of the preview the user saw. */
    public Preview save(EntityEdit edit, String baseHash) {
        SourceEditor.Planned planned = new SourceEditor(sources).plan(edit);
        requireParses(planned);
        String file = sources.relative(planned.file());
        if (planned.before() != null && (baseHash == null || !baseHash.equals(hash(planned.before())))) {
            throw new EditException(file + " changed since the preview: look at the new preview before saving");
        }
        if (planned.before() == null && Files.exists(planned.file())) {
            throw new EditException(file + " already exists");
        }
        write(planned.file(), planned.after());
        return new Preview(file, planned.before() == null, SourceDiff.unified(file, planned.before(), planned.after()),
                hash(planned.after()));
    }

    private static void requireParses(SourceEditor.Planned planned) {
        var result = EntitySources.parser().parse(planned.after());
        if (!result.isSuccessful()) {
            throw new EditException("the edited " + planned.file().getFileName() + " would not parse ("
                    + EntitySources.problem(result) + "); nothing was changed");
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
