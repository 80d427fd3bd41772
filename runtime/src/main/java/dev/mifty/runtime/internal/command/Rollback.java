package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import dev.mifty.runtime.internal.exec.MigrationExecutor;
import dev.mifty.runtime.internal.history.AppliedMigration;
import dev.mifty.runtime.internal.history.HistoryWriter;
import dev.mifty.runtime.internal.manifest.Versions;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code migration:rollback} and {@code migration:reset}: runs {@code down} of applied migrations,
 * newest version first, each in its own transaction together with the removal of its history row.
 */
public final class Rollback {

    private final CommandContext ctx;

    public Rollback(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** Rolls back the newest {@code steps} applied migrations. */
    public List<MigrationInfo> steps(int steps) {
        if (steps < 1) {
            throw new MiftyException(ErrorCode.USAGE, "--steps must be 1 or more, not " + steps);
        }
        return Locked.run(ctx, true, (connection, history) -> {
            List<MigrationInfo> applied = appliedNewestFirst(history);
            return roll(connection, history, applied.subList(0, Math.min(steps, applied.size())));
        });
    }

    /** Rolls back every applied migration newer than {@code version}; {@code version} itself stays applied. */
    public List<MigrationInfo> to(String version) {
        return Locked.run(ctx, true, (connection, history) -> {
            boolean known = ctx.migrations().stream().anyMatch(d -> d.version().equals(version));
            if (!known) {
                throw new MiftyException(ErrorCode.NOT_FOUND, "--to=" + version + " is not a migration version of this "
                        + "application; run migration:status to see them");
            }
            List<MigrationInfo> selected = new ArrayList<>();
            Map<String, MigrationDescriptor> byVersion = Migrate.byVersion(ctx.migrations());
            for (MigrationInfo info : appliedNewestFirst(history)) {
                if (Versions.compare(info.version(), version) > 0) {
                    MigrationDescriptor d = byVersion.get(info.version());
                    if (d != null && d.isSquash() && Versions.compare(version, d.replacesUpTo()) <= 0) {
                        throw new MiftyException(ErrorCode.USAGE, "cannot roll back to " + version + ": it is one of "
                                + "the migrations squash " + info.label() + " replaces, and that squash counts as one "
                                + "migration here (its down drops everything up to " + d.replacesUpTo() + "): roll "
                                + "back to " + info.version() + " (the squash) or later, or roll back the squash itself "
                                + "with --steps");
                    }
                    selected.add(info);
                }
            }
            return roll(connection, history, selected);
        });
    }

    /** Rolls back everything ({@code migration:reset}). */
    public List<MigrationInfo> all() {
        return steps(Integer.MAX_VALUE);
    }

    private List<MigrationInfo> appliedNewestFirst(List<AppliedMigration> history) {
        List<MigrationInfo> infos = States.join(ctx.migrations(), history);
        Validator.validate(infos, Migrate.byVersion(ctx.migrations()), ctx.settings().ignoreUnknown());
        List<MigrationInfo> applied = new ArrayList<>();
        for (int i = infos.size() - 1; i >= 0; i--) {
            MigrationInfo info = infos.get(i);
            if (info.state() == MigrationState.APPLIED || info.state() == MigrationState.UNKNOWN) {
                applied.add(info);
            }
        }
        return applied;
    }

    private List<MigrationInfo> roll(Connection connection, List<AppliedMigration> history, List<MigrationInfo> selected)
            throws Exception {
        if (selected.isEmpty()) {
            ctx.log().info("Nothing to roll back.");
            return List.of();
        }
        Map<String, MigrationDescriptor> byVersion = Migrate.byVersion(ctx.migrations());
        for (MigrationInfo info : selected) {
            if (!byVersion.containsKey(info.version())) {
                throw new MiftyException(ErrorCode.VALIDATION, "cannot roll back " + info.label() + ": it is not in this "
                        + "application's manifest, so its down is unknown; roll it back with the code that applied it");
            }
        }
        ctx.log().info("Rolling back " + selected.size() + " migration(s) on " + ctx.databaseLabel());
        MigrationExecutor executor = new MigrationExecutor(connection, ctx.log(), ctx.settings().logSql(),
                ctx.settings().statementLocks(), dev.mifty.runtime.internal.lock.LockWatcher.none())
                .environment(ctx.settings().environment());
        List<MigrationInfo> done = new ArrayList<>();
        try (HistoryWriter writer = ctx.history().writer(connection)) {
            for (MigrationInfo info : selected) {
                MigrationDescriptor d = byVersion.get(info.version());
                // a squash takes the rows of the migrations it stands for with it (they ran before it existed)
                List<String> rows = d.isSquash() ? Squashes.replacedRows(d, history) : List.of();
                long millis = executor.run(d, d.factory().get(), false, ignored -> { },
                        ignored -> {
                            writer.delete(d.version());
                            for (String replaced : rows) {
                                writer.delete(replaced);
                            }
                        });
                ctx.log().info("  rolled back " + info.label() + " (" + millis + " ms)");
                done.add(new MigrationInfo(d.version(), d.name(), MigrationState.PENDING, d.checksum(), null, null, null));
            }
        }
        return done;
    }
}
