package dev.mifty.processor.emit;

import dev.mifty.schema.diagram.MermaidDiagram;
import dev.mifty.schema.model.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Mermaid diagram of the model, {@code schema.md} beside the snapshot: written when its text
 * differs from the model's diagram (the model changed, or the file is missing), never otherwise,
 * so a steady build touches nothing and a pull request that changes entities shows the diagram change.
 */
public final class DiagramFile {

    public static final String NAME = "schema.md";

    private DiagramFile() {
    }

    /** The diagram's path for a snapshot path. */
    public static Path beside(Path snapshot) {
        return snapshot.resolveSibling(NAME);
    }

    /** Writes the diagram of {@code model} to {@code file} when it changed; true when written. */
    public static boolean update(Path file, Schema model) throws IOException {
        String text = MermaidDiagram.markdown(model);
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return false;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return true;
    }
}
