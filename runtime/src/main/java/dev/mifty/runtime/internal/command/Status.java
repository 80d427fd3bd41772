package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.MigrationInfo;
import java.util.List;

/** {@code migration:status}: the manifest joined with the history, read under the lock, changing nothing. */
public final class Status {

    private final CommandContext ctx;

    public Status(CommandContext ctx) {
        this.ctx = ctx;
    }

    public List<MigrationInfo> run() {
        return Locked.run(ctx, false, (connection, history) -> States.join(ctx.migrations(), history));
    }
}
