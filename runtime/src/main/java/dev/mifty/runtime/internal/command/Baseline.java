package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.BaselineReport;
import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import dev.mifty.runtime.SchemaDiff;
import dev.mifty.runtime.internal.baseline.ConstraintNames;
import dev.mifty.runtime.internal.baseline.ForeignHistories;
import dev.mifty.runtime.internal.history.AppliedMigration;
import dev.mifty.runtime.internal.history.HistoryWriter;
import dev.mifty.runtime.internal.manifest.Versions;
import dev.mifty.schema.introspect.Canonicalizer;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code migration:baseline}: takes over an existing database (made by {@code ddl-auto=update},
 * Flyway or Liquibase). Compares it with the model, constraints and indexes matched by definition
 * so that names given by another convention are not differences; gives them the model's names
 * (or, with {@code adoptNames}, keeps the database's and says how to pin them in the entities);
 * then marks the migrations up to a version applied without running them, in one transaction.
 * Other tools' history tables are left alone.
 */
public final class Baseline {

    /** History {@code type} of rows written by a baseline. */
    public static final String TYPE = "BASELINE";

    private final CommandContext ctx;

    public Baseline(CommandContext ctx) {
        this.ctx = ctx;
    }

    public BaselineReport run(String version, boolean adoptNames, boolean force, boolean dryRun) {
        List<MigrationDescriptor> migrations = ctx.migrations();
        if (migrations.isEmpty()) {
            throw new MiftyException(ErrorCode.NOT_FOUND, "the application has no migrations to mark as applied");
        }
        String newest = migrations.get(migrations.size() - 1).version();
        String target = version == null ? newest : version;
        if (migrations.stream().noneMatch(d -> d.version().equals(target))) {
            throw new MiftyException(ErrorCode.NOT_FOUND, "--to=" + target + " is not a migration version of this "
                    + "application; run migration:status to see them");
        }
        Diff diff = new Diff(ctx);
        Schema snapshot = diff.model();
        return Locked.run(ctx, false, (connection, history) -> {
            refuseWhenManaged(history);
            Schema introspected = LiveSchema.readAll(connection, ctx.settings(), snapshot);
            List<String> foreign = ForeignHistories.describe(connection, ctx.settings().schema(), introspected);
            Schema live = ForeignHistories.withoutForeignHistories(introspected);
            Schema model = new Canonicalizer().canonicalize(connection, snapshot);
            List<ConstraintNames.Rename> renames = ConstraintNames.match(live, model);
            SchemaDiff compared = adoptNames
                    ? diff.compare(live, ConstraintNames.modelWithLiveNames(model, renames))
                    : diff.compare(ConstraintNames.liveWithModelNames(live, renames), model);
            List<String> renameSql = adoptNames ? List.of() : renameStatements(renames);
            List<String> same = renames.stream().map(r -> r.describe()
                    + (adoptNames ? " (kept; pin it in the entity: " + pin(r) + ")" : " (renamed to the model's name)")).toList();
            boolean atNewest = target.equals(newest);
            if (!compared.inSync() && atNewest && !force) {
                throw new MiftyException(ErrorCode.BASELINE, "the database differs from the model, so its migrations "
                        + "cannot be marked applied: " + compared.statements().size() + " statement(s) would be needed: "
                        + String.join("; ", compared.statements()) + ". Fix the database or the entities, baseline at an "
                        + "older version with --to and let the newer migrations run, or pass --force to mark them anyway");
            }
            List<MigrationDescriptor> marked = migrations.stream()
                    .filter(d -> Versions.compare(d.version(), target) <= 0).toList();
            List<MigrationInfo> infos = new ArrayList<>();
            for (MigrationDescriptor d : marked) {
                infos.add(new MigrationInfo(d.version(), d.name(), MigrationState.APPLIED, d.checksum(), d.checksum(),
                        Instant.now(), 0L));
            }
            if (!dryRun) {
                write(connection, renameSql, marked, States.nextRank(history));
            }
            for (String line : foreign) {
                ctx.log().info(line);
            }
            ctx.log().info((dryRun ? "Would mark " : "Marked ") + marked.size() + " migration(s) up to " + target
                    + " as applied (baseline; none of them ran)" + (dryRun ? "; nothing was changed" : "") + ".");
            return new BaselineReport(foreign, same, renameSql, compared.statements(), dryRun ? List.of() : infos, dryRun);
        });
    }

    private void refuseWhenManaged(List<AppliedMigration> history) {
        long applied = history.stream().filter(AppliedMigration::success).count();
        if (applied > 0) {
            throw new MiftyException(ErrorCode.VALIDATION, "the database already has " + applied + " Mifty migration(s) "
                    + "applied in " + ctx.settings().historyTable() + ": baseline is for a database Mifty does not manage "
                    + "yet; use migration:status and migration:resolve instead");
        }
    }

    private void write(Connection connection, List<String> renameSql, List<MigrationDescriptor> marked, int firstRank)
            throws Exception {
        connection.setAutoCommit(false);
        ctx.history().create(connection); // only now: a refused or dry baseline creates nothing
        try (Statement s = connection.createStatement(); HistoryWriter writer = ctx.history().writer(connection)) {
            for (String sql : renameSql) {
                if (ctx.settings().logSql()) {
                    ctx.log().sql(sql);
                }
                s.execute(sql);
            }
            int rank = firstRank;
            for (MigrationDescriptor d : marked) {
                writer.delete(d.version());
                writer.insert(rank++, d.version(), d.name(), TYPE, d.checksum(), 0, true);
            }
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private List<String> renameStatements(List<ConstraintNames.Rename> renames) {
        List<String> sql = new ArrayList<>();
        for (ConstraintNames.Rename r : renames) {
            QualifiedName table = r.table().schema() == null
                    ? new QualifiedName(ctx.settings().schema(), r.table().name()) : r.table();
            if (r.kind().isIndex()) {
                sql.add("ALTER INDEX " + PostgresDialect.name(new QualifiedName(table.schema(), r.liveName()))
                        + " RENAME TO " + PostgresDialect.quote(r.modelName()));
            } else {
                sql.add("ALTER TABLE " + PostgresDialect.name(table) + " RENAME CONSTRAINT "
                        + PostgresDialect.quote(r.liveName()) + " TO " + PostgresDialect.quote(r.modelName()));
            }
        }
        return sql;
    }

    private static String pin(ConstraintNames.Rename r) {
        return switch (r.kind()) {
            case FOREIGN_KEY -> "@JoinColumn(foreignKey = @ForeignKey(name = \"" + r.liveName() + "\"))";
            case UNIQUE -> "@UniqueConstraint(name = \"" + r.liveName() + "\")";
            case INDEX -> "@Index(name = \"" + r.liveName() + "\")";
            case CHECK -> "@Check(name = \"" + r.liveName() + "\")";
            case PRIMARY_KEY -> "the primary key name comes from the table: rename it with ALTER TABLE ... RENAME CONSTRAINT";
        };
    }
}
