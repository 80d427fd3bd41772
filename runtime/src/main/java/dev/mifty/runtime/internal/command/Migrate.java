package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import dev.mifty.runtime.PlannedMigration;
import dev.mifty.runtime.internal.exec.IndexRepair;
import dev.mifty.runtime.internal.exec.MigrationExecutor;
import dev.mifty.runtime.internal.exec.RecordingContext;
import dev.mifty.runtime.internal.history.AppliedMigration;
import dev.mifty.runtime.internal.history.HistoryWriter;
import dev.mifty.runtime.internal.lock.LockWatcher;
import dev.mifty.runtime.internal.lock.ServerSession;
import dev.mifty.runtime.internal.manifest.Versions;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code migration:run}: applies the pending migrations (up to a version), each in its own transaction. */
public final class Migrate {

    private final CommandContext ctx;

    public Migrate(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** Applies; returns the migrations applied by this run, as they are now. */
    public List<MigrationInfo> run(String target) {
        return Locked.runUnlessDone(ctx, history -> upToDate(history, target), List.of(),
                (connection, session, history) -> apply(connection, session, history, target));
    }

    /** Lists what {@link #run} would execute, changing nothing (the history table is not created). */
    public List<PlannedMigration> dryRun(String target) {
        return Locked.run(ctx, false, (connection, history) -> {
            List<PlannedMigration> plan = new ArrayList<>();
            for (MigrationDescriptor d : pending(history, target)) {
                RecordingContext recorder = new RecordingContext(ctx.settings().environment());
                try {
                    d.factory().get().up(recorder);
                } catch (Exception e) {
                    throw new MiftyException(ErrorCode.MIGRATION_FAILED, "migration " + d.version() + "_" + d.name()
                            + " cannot be listed in a dry run: " + Failures.oneLine(e.getMessage())
                            + "; a data step must check context.isDryRun() before using the connection", e);
                }
                plan.add(new PlannedMigration(d.version(), d.name(), recorder.statements()));
            }
            return plan;
        });
    }

    /**
     * The no-op check, on a history read without the lock: true when the plan is valid and has
     * nothing pending (then the run is over: a consistent snapshot in which every migration is
     * applied). Anything else, a problem included, is decided again under the lock.
     */
    private boolean upToDate(List<AppliedMigration> history, String target) {
        if (history.isEmpty()) {
            return false; // nothing applied, or no history table yet: the locked run creates it
        }
        Plan plan;
        try {
            plan = plan(history, target);
        } catch (MiftyException e) {
            return false;
        }
        if (!plan.pending().isEmpty()) {
            return false;
        }
        logNothingToMigrate(plan, target);
        return true;
    }

    private void logNothingToMigrate(Plan plan, String target) {
        ctx.log().info("Nothing to migrate: the database is up to date (" + Summary.applied(plan.infos())
                + ")." + Summary.stillPending(plan.infos(), target));
    }

    /** The joined state, validated, and what is pending up to {@code target}; logs nothing. */
    private record Plan(List<MigrationInfo> infos, List<MigrationDescriptor> pending, String lastApplied) {
    }

    private List<MigrationDescriptor> pending(List<AppliedMigration> history, String target) {
        return warnOutOfOrder(plan(history, target)).pending();
    }

    private Plan plan(List<AppliedMigration> history, String target) {
        List<MigrationDescriptor> migrations = ctx.migrations();
        Map<String, MigrationDescriptor> byVersion = byVersion(migrations);
        if (target != null && !byVersion.containsKey(target)) {
            throw new MiftyException(ErrorCode.NOT_FOUND, "--to=" + target + " is not a migration version of this "
                    + "application; run migration:status to see them");
        }
        List<MigrationInfo> infos = States.join(migrations, history, target);
        Validator.validate(infos, byVersion, ctx.settings().ignoreUnknown());
        Squashes.requireRunnable(migrations, history, target);
        String lastApplied = null;
        List<MigrationDescriptor> pending = new ArrayList<>();
        for (MigrationInfo info : infos) {
            if (info.state() == MigrationState.APPLIED || info.state() == MigrationState.UNKNOWN) {
                lastApplied = info.version();
            } else if (info.state() == MigrationState.PENDING || info.state() == MigrationState.FAILED) {
                if (target == null || Versions.compare(info.version(), target) <= 0) {
                    pending.add(byVersion.get(info.version()));
                }
            }
        }
        return new Plan(infos, pending, lastApplied);
    }

    private Plan warnOutOfOrder(Plan plan) {
        if (plan.lastApplied() != null) {
            for (MigrationDescriptor d : plan.pending()) {
                if (Versions.compare(d.version(), plan.lastApplied()) < 0) {
                    ctx.log().warn("migration " + d.version() + "_" + d.name() + " is older than the last applied one ("
                            + plan.lastApplied() + "); applying it now (merged from another branch?)");
                }
            }
        }
        return plan;
    }

    private List<MigrationInfo> apply(Connection connection, ServerSession session, List<AppliedMigration> history,
                                      String target) throws Exception {
        Plan plan = warnOutOfOrder(plan(history, target));
        List<MigrationDescriptor> pending = plan.pending();
        if (pending.isEmpty()) {
            logNothingToMigrate(plan, target);
            return List.of();
        }
        ctx.log().info("Applying " + pending.size() + " migration(s) to " + ctx.databaseLabel());
        Map<String, AppliedMigration> latest = States.latestByVersion(history);
        List<MigrationInfo> applied = new ArrayList<>(pending.size());
        int rank = States.nextRank(history);
        long startedAt = System.nanoTime();
        try (LockWatcher watcher = new LockWatcher(ctx.dataSource(), session.pid(), ctx.log()::debug);
             HistoryWriter writer = ctx.history().writer(connection)) {
            MigrationExecutor executor = new MigrationExecutor(connection, ctx.log(), ctx.settings().logSql(),
                    ctx.settings().statementLocks(), watcher).environment(ctx.settings().environment());
            IndexRepair repair = new IndexRepair(connection, ctx.settings().schemas(), ctx.log());
            repair.inspect(pending.stream().map(d -> (Migration) d.factory().get()).filter(m -> !m.transactional()).toList());
            for (MigrationDescriptor d : pending) {
                Migration migration = d.factory().get();
                boolean retry = latest.containsKey(d.version());
                // a non-transactional migration is recorded as started (success = false) before it runs, so a
                // killed run leaves the truth behind: failed part-way, not pending
                boolean started = !migration.transactional();
                int myRank = rank++;
                String type = d.generated() ? "GENERATED" : "HANDWRITTEN";
                long millis;
                try {
                    if (started) {
                        repair.beforeRun(migration, d.version() + "_" + d.name());
                    }
                    millis = executor.run(d, migration, true,
                            ignored -> {
                                if (retry || started) {
                                    writer.delete(d.version());
                                }
                                if (started) {
                                    writer.insert(myRank, d.version(), d.name(), type, d.checksum(), 0, false);
                                }
                            },
                            ms -> {
                                if (started) {
                                    writer.markSucceeded(myRank, ms);
                                } else {
                                    writer.insert(myRank, d.version(), d.name(), type, d.checksum(), ms, true);
                                }
                            });
                } catch (MiftyException e) {
                    recordFailure(writer, d, type, rank++, e);
                    throw e;
                }
                ctx.log().info("  applied " + d.version() + "_" + d.name() + " (" + millis + " ms)");
                applied.add(new MigrationInfo(d.version(), d.name(), MigrationState.APPLIED, d.checksum(),
                        d.checksum(), Instant.now(), millis));
            }
        }
        ctx.log().info("Applied " + applied.size() + " migration(s) in " + (System.nanoTime() - startedAt) / 1_000_000 + " ms."
                + Summary.stillPending(plan.infos(), target));
        return applied;
    }

    private void recordFailure(HistoryWriter writer, MigrationDescriptor d, String type, int rank, MiftyException e) {
        try {
            writer.delete(d.version());
            writer.insert(rank, d.version(), d.name(), type, d.checksum(), 0, false);
        } catch (Exception recordError) {
            e.addSuppressed(recordError);
        }
    }

    static Map<String, MigrationDescriptor> byVersion(List<MigrationDescriptor> migrations) {
        Map<String, MigrationDescriptor> map = new HashMap<>(migrations.size() * 2);
        for (MigrationDescriptor d : migrations) {
            map.put(d.version(), d);
        }
        return map;
    }
}
