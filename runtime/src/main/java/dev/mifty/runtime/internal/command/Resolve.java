package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.Direction;
import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import dev.mifty.runtime.internal.history.AppliedMigration;
import dev.mifty.runtime.internal.history.HistoryWriter;
import java.util.List;

/**
 * {@code migration:resolve --name=NAME --as=up|down}: marks a migration applied or not applied
 * without running it. {@code up} on an applied migration whose checksum changed accepts the new
 * checksum; {@code down} also removes versions the manifest does not know.
 */
public final class Resolve {

    private final CommandContext ctx;

    public Resolve(CommandContext ctx) {
        this.ctx = ctx;
    }

    public MigrationInfo run(String name, Direction direction) {
        return Locked.run(ctx, true, (connection, history) -> {
            List<MigrationInfo> infos = States.join(ctx.migrations(), history);
            MigrationInfo info = find(infos, name);
            MigrationDescriptor d = ctx.migrations().stream()
                    .filter(m -> m.version().equals(info.version())).findFirst().orElse(null);
            try (HistoryWriter writer = ctx.history().writer(connection)) {
                if (direction == Direction.DOWN) {
                    if (info.state() == MigrationState.PENDING) {
                        ctx.log().info(info.label() + " is not applied; nothing to do.");
                        return info;
                    }
                    writer.delete(info.version());
                    ctx.log().info("Marked " + info.label() + " as not applied (its down did not run).");
                    return new MigrationInfo(info.version(), info.name(), d == null ? MigrationState.UNKNOWN
                            : MigrationState.PENDING, info.checksum(), null, null, null);
                }
                if (d == null) {
                    throw new MiftyException(ErrorCode.NOT_FOUND, info.label() + " is not in this application's manifest: "
                            + "it can only be resolved --as=down");
                }
                switch (info.state()) {
                    case APPLIED -> ctx.log().info(info.label() + " is already applied; nothing to do.");
                    case CHECKSUM_MISMATCH -> {
                        writer.updateChecksum(d.version(), d.checksum());
                        ctx.log().info("Accepted the changed " + info.label() + ": checksum " + info.appliedChecksum()
                                + " -> " + d.checksum() + " (nothing ran).");
                    }
                    default -> {
                        writer.delete(d.version());
                        writer.insert(States.nextRank(history), d.version(), d.name(), AppliedMigration.RESOLVED,
                                d.checksum(), 0, true);
                        ctx.log().info("Marked " + info.label() + " as applied (its up did not run).");
                    }
                }
                return new MigrationInfo(d.version(), d.name(), MigrationState.APPLIED, d.checksum(), d.checksum(),
                        info.appliedAt(), info.executionMillis());
            }
        });
    }

    private static MigrationInfo find(List<MigrationInfo> infos, String name) {
        List<MigrationInfo> matches = infos.stream()
                .filter(i -> name.equals(i.name()) || name.equals(i.version()) || name.equals(i.label())
                        || name.equalsIgnoreCase(dev.mifty.schema.source.MigrationSourceWriter.className(i.version(), i.name())))
                .toList();
        if (matches.isEmpty()) {
            throw new MiftyException(ErrorCode.NOT_FOUND, "no migration named " + name + ": give its name, version or "
                    + "version_name as migration:status shows it");
        }
        if (matches.size() > 1) {
            throw new MiftyException(ErrorCode.USAGE, "more than one migration is named " + name + " ("
                    + String.join(", ", matches.stream().map(MigrationInfo::label).toList()) + "): give the version");
        }
        return matches.get(0);
    }
}
