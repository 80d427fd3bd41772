package dev.mifty.schema.snapshot;

import dev.mifty.schema.model.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The snapshot JSON: {@code formatVersion}, deterministic order, two-space indentation, one fact
 * per line, no Java class names. {@link #write} of an equal model is byte-identical.
 *
 * <p>Format (version 1): {@code {"formatVersion": 1, "tables": [...], "sequences": [...]}}. A table
 * has {@code schema} (only when not the default schema), {@code name}, {@code columns} (model order),
 * and, when present, {@code primaryKey}, {@code foreignKeys}, {@code uniqueConstraints},
 * {@code checks}, {@code indexes} (each sorted by name). A column has {@code name}, {@code type}
 * (compact text such as {@code "varchar(255)"}, {@code "numeric(10,2)"}, {@code "_int4"}),
 * {@code nullable} (always written), and {@code default} / {@code identity} only when present.
 * Reading is strict: unknown fields, missing fields, wrong types and other format versions are
 * errors naming the file, line and column.
 */
public final class SnapshotCodec {

    /** Current format version. */
    public static final int FORMAT_VERSION = 1;

    /** The JSON text of a schema, ending with a newline. */
    public String write(Schema schema) {
        return JsonPrinter.print(SnapshotWriter.tree(schema));
    }

    /**
     * Parses a snapshot. {@code source} names the file in error messages.
     *
     * @throws SnapshotException naming the source, line and column, and what was expected
     */
    public Schema read(String json, String source) {
        return SnapshotReader.read(JsonTree.parse(json, source), source);
    }

    /**
     * Reads a snapshot file (UTF-8); a file that does not exist is the empty schema (nothing has
     * been migrated yet). An existing but empty or malformed file is a {@link SnapshotException}.
     */
    public Schema readOrEmpty(Path file) {
        if (!Files.exists(file)) {
            return Schema.empty();
        }
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot " + file, e);
        }
    }

    /**
     * Writes the snapshot of {@code schema} to {@code file} (creating its folders) only when the
     * file's content differs, so an unchanged build touches nothing. Line endings do not count as a
     * difference (a Windows checkout may have turned them into CRLF).
     *
     * @return true when the file was written
     */
    public boolean writeIfChanged(Path file, Schema schema) {
        String json = write(schema);
        byte[] content = json.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(file)
                    && Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").equals(json)) {
                return false;
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try {
                Files.write(temp, content);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot " + file, e);
        }
    }
}
