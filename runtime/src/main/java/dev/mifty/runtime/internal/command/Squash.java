package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MiftyLog;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.internal.db.ScratchDatabase;
import dev.mifty.runtime.internal.manifest.Versions;
import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.DiffResult;
import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.snapshot.SnapshotCodec;
import dev.mifty.schema.source.Checksums;
import dev.mifty.schema.source.MigrationSource;
import dev.mifty.schema.source.MigrationSourceWriter;
import dev.mifty.schema.source.VersionOrder;
import dev.mifty.schema.sql.PostgresDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code migration:squash --to=VERSION}: writes one generated migration that creates the schema
 * as it stands after {@code VERSION} and replaces every migration up to it
 * ({@code @Migration(replaces = "VERSION")}), version {@code VERSION.1}
 * ({@link VersionOrder#squashVersion}). The schema comes from the migrations themselves: they run
 * on a scratch database beside the command's (as a new database would run them), which is then
 * introspected and diffed from empty. What a schema-only squash cannot carry (rows, views,
 * functions, ...) is named in warnings and in the class comment.
 */
public final class Squash {

    private final CommandContext ctx;
    private final PostgresDialect dialect = new PostgresDialect();

    public Squash(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** Writes the squash into {@code sourceDir}; returns the file. */
    public Path write(String to, String name, Path sourceDir, String packageName) {
        List<MigrationDescriptor> migrations = ctx.migrations();
        List<MigrationDescriptor> replaced = replaced(migrations, to);
        String version = VersionOrder.squashVersion(to);
        String snake = Names.snake(name != null ? name : "squashed_to_" + to);
        String pkg = packageName != null ? packageName : ctx.manifest().migrationsPackage();
        Path file = Names.sourceFile(sourceDir, pkg, MigrationSourceWriter.className(version, snake));
        if (Files.exists(file)) {
            throw new MiftyException(ErrorCode.IO, file + " already exists: choose another --name");
        }
        Schema live;
        List<String> leftovers;
        try (ScratchDatabase scratch = ScratchDatabase.create(ctx.dataSource(), ctx.databaseLabel())) {
            ctx.log().info("Replaying " + replaced.size() + " migration(s) up to " + to + " on the scratch database "
                    + scratch.name() + " (dropped afterwards)");
            replay(scratch, to);
            try (Connection connection = scratch.dataSource().getConnection()) {
                live = withoutHistory(new Introspector().read(connection, ctx.settings().schema(), userSchemas(connection)));
                leftovers = ScratchLeftovers.find(connection, live, ctx.settings().schema());
            } catch (SQLException e) {
                throw Failures.database("cannot read the scratch database " + scratch.name(), e);
            }
        }
        List<String> notes = notes(replaced, leftovers);
        notes.forEach(note -> ctx.log().warn(note));
        DiffResult diff = new SchemaDiffer().diff(Schema.empty(), live, RenameHints.none());
        List<MigrationSource.Step> steps = new ArrayList<>();
        for (Change change : diff.changes()) {
            steps.add(new MigrationSource.Step(Diff.describe(change), dialect.render(change), dialect.render(change.inverse())));
        }
        SnapshotCodec codec = new SnapshotCodec();
        MigrationSource source = new MigrationSource(pkg, version, snake, Checksums.ofSnapshot(codec.write(Schema.empty())),
                Checksums.ofSnapshot(codec.write(live)), steps, Change.transactional(diff.changes()), to, notes);
        try {
            new MigrationSourceWriter().write(source).writeTo(sourceDir);
        } catch (IOException | dev.mifty.schema.source.StatementTooLongException e) {
            throw new MiftyException(ErrorCode.IO, "cannot write " + file + ": " + e.getMessage(), e);
        }
        int statements = steps.stream().mapToInt(s -> s.up().size()).sum();
        ctx.log().info("Wrote " + file + " (" + statements + " statement(s)): it replaces " + replaced.size()
                + " migration(s) up to " + to + ". Review it, build, and deploy it; once every database has run "
                + "migration:run with it, the replaced migration classes can be deleted");
        return file;
    }

    /** Every migration up to {@code to}; refuses a version that does not exist or that a squash already covers. */
    private List<MigrationDescriptor> replaced(List<MigrationDescriptor> migrations, String to) {
        if (migrations.stream().noneMatch(d -> d.version().equals(to))) {
            throw new MiftyException(ErrorCode.NOT_FOUND, "--to=" + to + " is not a migration version of this "
                    + "application; run migration:status to see them");
        }
        List<MigrationDescriptor> replaced = new ArrayList<>();
        for (MigrationDescriptor d : migrations) {
            if (Versions.compare(d.version(), to) <= 0) {
                replaced.add(d);
            } else if (d.isSquash() && Versions.compare(to, d.replacesUpTo()) <= 0) {
                throw new MiftyException(ErrorCode.VALIDATION, to + " is already squashed by " + d.version() + "_"
                        + d.name() + " (" + d.className() + ", replaces up to " + d.replacesUpTo() + "): a squash "
                        + "must cover whole squashes; squash --to=" + d.version() + " or later, or delete that squash first");
            } else if (d.version().equals(VersionOrder.squashVersion(to))) {
                throw new MiftyException(ErrorCode.VALIDATION, "version " + d.version() + ", the squash's version, is taken"
                        + " by " + d.className() + ": give that migration another version first");
            }
        }
        return replaced;
    }

    /** Runs the plan of a new database up to {@code to} on the scratch database, its log turned into steps. */
    private void replay(ScratchDatabase scratch, String to) {
        MiftyLog quiet = new MiftyLog() {
            public void info(String message) { ctx.log().debug("scratch: " + message); }
            public void warn(String message) { ctx.log().debug("scratch: warning: " + message); }
            public void debug(String message) { ctx.log().debug("scratch: " + message); }
            public void sql(String statement) { ctx.log().sql(statement); }
        };
        CommandContext scratchCtx = new CommandContext(ctx.settings(), scratch.dataSource(), "the scratch database "
                + scratch.name(), ctx::manifest, quiet);
        try {
            new Migrate(scratchCtx).run(to);
        } catch (MiftyException e) {
            throw new MiftyException(e.code(), "replaying the migrations up to " + to + " on a scratch database failed, "
                    + "so nothing was written: " + e.getMessage(), e);
        }
    }

    private Schema withoutHistory(Schema live) {
        String history = ctx.settings().historyTable();
        return live.withTables(live.tables().stream().filter(t -> !t.name().name().equals(history)).toList());
    }

    private static List<String> userSchemas(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace"
                + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        return schemas;
    }

    /** The class comment's and the warnings' lines: what this schema-only squash does not carry. */
    private static List<String> notes(List<MigrationDescriptor> replaced, List<String> leftovers) {
        List<String> notes = new ArrayList<>();
        List<String> handWritten = replaced.stream().filter(d -> !d.generated())
                .map(d -> d.version() + "_" + d.name() + " (" + d.className() + ")").toList();
        if (!handWritten.isEmpty()) {
            notes.add("This squash carries the schema only. It replaces " + handWritten.size() + " hand-written "
                    + "migration(s) whose data steps or other statements it does not repeat: " + String.join(", ", handWritten)
                    + ". Copy what a new database needs into up() before this squash is applied anywhere.");
        }
        if (!leftovers.isEmpty()) {
            notes.add("After the replaced migrations ran on a new database it also had what this squash does not"
                    + " create: " + String.join("; ", leftovers) + ".");
        }
        return notes;
    }
}
