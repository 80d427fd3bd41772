package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationType;
import dev.mifty.schema.source.MigrationSourceWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** {@code migration:create}: writes a hand-written migration skeleton into the migrations package. */
public final class CreateMigration {

    private final CommandContext ctx;
    private final Clock clock;

    public CreateMigration(CommandContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    public Path write(String name, MigrationType type, Path sourceDir, String packageName) {
        String snake = Names.snake(name);
        String pkg = packageName != null ? packageName : manifestPackage();
        String version = Names.version(clock);
        String className = MigrationSourceWriter.className(version, snake);
        Path file = Names.sourceFile(sourceDir, pkg, className);
        if (Files.exists(file)) {
            throw new MiftyException(ErrorCode.IO, file + " already exists: wait a second or choose another name");
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Skeletons.render(pkg, version, snake, className, type), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MiftyException(ErrorCode.IO, "cannot write " + file + ": " + e.getMessage(), e);
        }
        ctx.log().info("Created " + file + ": fill in up and down, then build (the processor adds it to the manifest)");
        return file;
    }

    private String manifestPackage() {
        try {
            return ctx.manifest().migrationsPackage();
        } catch (MiftyException e) {
            throw new MiftyException(ErrorCode.USAGE, "cannot tell the migrations package (" + e.getMessage()
                    + "): pass --package=com.example.migrations");
        }
    }
}
