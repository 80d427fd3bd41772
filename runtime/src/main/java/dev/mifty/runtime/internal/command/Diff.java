package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.SchemaDiff;
import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.DiffProblem;
import dev.mifty.schema.diff.DiffResult;
import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.introspect.Canonicalizer;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.snapshot.SnapshotCodec;
import dev.mifty.schema.source.Checksums;
import dev.mifty.schema.source.MigrationSource;
import dev.mifty.schema.source.MigrationSourceWriter;
import dev.mifty.schema.sql.PostgresDialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** {@code schema:diff}: the live database (introspected) against the model in the manifest's snapshot. */
public final class Diff {

    private final CommandContext ctx;
    private final PostgresDialect dialect = new PostgresDialect();

    public Diff(CommandContext ctx) {
        this.ctx = ctx;
    }

    public SchemaDiff run() {
        Schema model = model();
        return Locked.run(ctx, false, (connection, history) -> compare(LiveSchema.read(connection, ctx.settings(), model),
                // checks and defaults as PostgreSQL prints them, so an up-to-date database is in sync
                new Canonicalizer().canonicalize(connection, model)));
    }

    SchemaDiff compare(Schema live, Schema model) {
        DiffResult result = new SchemaDiffer().diff(live, model, RenameHints.none());
        List<String> statements = new ArrayList<>();
        for (Change change : result.changes()) {
            statements.addAll(dialect.render(change));
        }
        List<String> problems = result.problems().stream().map(DiffProblem::message).toList();
        ctx.log().debug("diff: " + result.changes().size() + " change(s), " + statements.size() + " statement(s)");
        return new SchemaDiff(live, model, result.changes(), statements, problems);
    }

    /** Writes the diff as a migration source; null when the database is in sync. */
    public Path write(String name, Path sourceDir, String packageName, Clock clock) {
        SchemaDiff diff = run();
        if (diff.inSync()) {
            ctx.log().info("The database matches the model: no migration written.");
            return null;
        }
        String snake = Names.snake(name);
        String pkg = packageName != null ? packageName : ctx.manifest().migrationsPackage();
        SnapshotCodec codec = new SnapshotCodec();
        List<MigrationSource.Step> steps = new ArrayList<>();
        for (Change change : diff.changes()) {
            steps.add(new MigrationSource.Step(describe(change), dialect.render(change), dialect.render(change.inverse())));
        }
        // the changes themselves say whether PostgreSQL lets them run in a transaction (e.g. ALTER TYPE ... ADD VALUE),
        // as for the migrations the processor generates
        MigrationSource source = new MigrationSource(pkg, Names.version(clock), snake,
                Checksums.ofSnapshot(codec.write(diff.live())), Checksums.ofSnapshot(codec.write(diff.model())),
                steps, Change.transactional(diff.changes()));
        Path file = Names.sourceFile(sourceDir, pkg, MigrationSourceWriter.className(source.version(), snake));
        if (Files.exists(file)) {
            throw new MiftyException(ErrorCode.IO, file + " already exists: choose another name");
        }
        try {
            new MigrationSourceWriter().write(source).writeTo(sourceDir);
        } catch (IOException | dev.mifty.schema.source.StatementTooLongException e) {
            throw new MiftyException(ErrorCode.IO, "cannot write " + file + ": " + e.getMessage(), e);
        }
        ctx.log().info("Wrote " + file + " (" + diff.statements().size() + " statement(s)); review it, then build and "
                + "run migration:run");
        return file;
    }

    /** {@code create table orders}, {@code add foreign key on orders}. */
    static String describe(Change change) {
        String kind = change.getClass().getSimpleName();
        String words = kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return words + (kind.endsWith("Table") || kind.endsWith("Sequence") ? " " : " on ") + change.target().name();
    }

    Schema model() {
        String resource = ctx.manifest().snapshotResource();
        ClassLoader loader = ctx.resourceLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MiftyException(ErrorCode.MANIFEST, "the model snapshot " + resource + " named by "
                        + dev.mifty.runtime.internal.manifest.ManifestLoader.describe(ctx.manifest()) + " is not on the classpath: rebuild the application");
            }
            return new SnapshotCodec().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new MiftyException(ErrorCode.IO, "cannot read the model snapshot " + resource + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof MiftyException) {
                throw e;
            }
            throw new MiftyException(ErrorCode.MANIFEST, "cannot read the model snapshot " + resource + ": "
                    + Failures.oneLine(e.getMessage()), e);
        }
    }
}
