package dev.mifty.designer.views;

import dev.mifty.designer.workspace.Workspace;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.snapshot.SnapshotCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The model the entities compile to: the manifest's snapshot resource ({@code META-INF/mifty/schema.json}). */
public final class CompiledModel {

    private CompiledModel() {
    }

    public static Schema read(Workspace workspace) {
        MigrationManifest manifest = workspace.manifest().orElseThrow(() -> new ViewException(
                "no Mifty manifest on the application's classpath: compile the application with Mifty's processor first"));
        String resource = manifest.snapshotResource();
        // as the runtime reads it: through the application's loader, else the manifest's own
        InputStream found = workspace.applicationLoader().getResourceAsStream(resource);
        if (found == null) {
            found = manifest.getClass().getClassLoader().getResourceAsStream(resource);
        }
        try (InputStream in = found) {
            if (in == null) {
                return Schema.empty();
            }
            return new SnapshotCodec().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
