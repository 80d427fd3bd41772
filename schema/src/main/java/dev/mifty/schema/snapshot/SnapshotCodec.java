package dev.mifty.schema.snapshot;

import dev.mifty.schema.model.Schema;

/**
 * The snapshot JSON: {@code formatVersion}, deterministic order, two-space indentation, one fact
 * per line, no Java class names. {@link #write} of an equal model is byte-identical.
 */
public final class SnapshotCodec {

    /** Current format version. */
    public static final int FORMAT_VERSION = 1;

    /** The JSON text of a schema, ending with a newline. */
    public String write(Schema schema) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    /**
     * Parses a snapshot. {@code source} names the file in error messages.
     *
     * @throws SnapshotException naming the source, line and column, and what was expected
     */
    public Schema read(String json, String source) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }
}
