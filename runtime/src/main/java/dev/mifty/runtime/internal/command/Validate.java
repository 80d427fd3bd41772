package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import dev.mifty.runtime.internal.manifest.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Start-up with auto-run off: the history must match the code and nothing may be pending; applies nothing. */
public final class Validate {

    private final CommandContext ctx;

    public Validate(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** The status of every migration; {@link ErrorCode#VALIDATION} or {@link ErrorCode#PENDING} when not clean. */
    public List<MigrationInfo> noPending(boolean autoRun, String target) {
        if (target != null && ctx.migrations().stream().noneMatch(d -> d.version().equals(target))) {
            throw new MiftyException(ErrorCode.NOT_FOUND, "target " + target + " is not a migration version of this "
                    + "application; run migration:status to see them");
        }
        List<MigrationInfo> infos = Locked.run(ctx, false, (connection, history) -> {
            Squashes.requireRunnable(ctx.migrations(), history, target);
            return States.join(ctx.migrations(), history);
        });
        Validator.validate(infos, Migrate.byVersion(ctx.migrations()), ctx.settings().ignoreUnknown());
        List<String> pending = new ArrayList<>();
        int applied = 0;
        for (MigrationInfo info : infos) {
            boolean open = info.state() == MigrationState.PENDING || info.state() == MigrationState.FAILED;
            if (open && (target == null || Versions.compare(info.version(), target) <= 0)) {
                pending.add(info.label());
            } else if (info.state() == MigrationState.APPLIED) {
                applied++;
            }
        }
        String environment = ctx.settings().environment().name().toLowerCase(Locale.ROOT);
        if (!pending.isEmpty()) {
            throw new MiftyException(ErrorCode.PENDING, pending.size() + " migration(s) pending on "
                    + ctx.databaseLabel() + (autoRun ? "" : " and auto-run is off in " + environment) + ": "
                    + String.join(", ", pending) + "; apply them with migration:run"
                    + (autoRun ? "" : " (or turn auto-run on for " + environment + ")") + ", then start again");
        }
        ctx.log().info("Validated " + applied + " applied migration(s) on " + ctx.databaseLabel()
                + ": nothing pending" + (autoRun ? "" : " (auto-run is off in " + environment + ")") + ".");
        return infos;
    }
}
