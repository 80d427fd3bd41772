package dev.mifty.processor.pipeline;

import dev.mifty.schema.model.Schema;
import dev.mifty.schema.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed snapshot file: read (missing = empty schema), rewritten only when its text changes. */
public final class SnapshotFile {

    private final Path path;
    private final String displayName;
    private final SnapshotCodec codec;

    public SnapshotFile(Path path, String displayName, SnapshotCodec codec) {
        this.path = path;
        this.displayName = displayName;
        this.codec = codec;
    }

    /** The file's text, or null when it does not exist. */
    public String text() throws IOException {
        return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
    }

    /**
     * The schema in the file; the empty schema when there is none.
     *
     * @throws dev.mifty.schema.snapshot.SnapshotException when it is malformed (file, line, column)
     */
    public Schema read() throws IOException {
        return read(text());
    }

    /**
     * The schema in {@code text} (the file's content, or null when there is none). A file that
     * exists but is blank (a bad merge, a truncated write) is an error, never the empty schema: that
     * would generate every table again.
     */
    public Schema read(String text) {
        return text == null ? Schema.empty() : codec.read(text, displayName);
    }

    /** Writes the schema's JSON; returns false (and writes nothing) when the file already holds it. */
    public boolean write(Schema schema) {
        return codec.writeIfChanged(path, schema);
    }

    public Path path() {
        return path;
    }
}
