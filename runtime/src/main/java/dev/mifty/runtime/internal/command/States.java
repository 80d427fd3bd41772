package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import dev.mifty.runtime.internal.history.AppliedMigration;
import dev.mifty.runtime.internal.manifest.Versions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The manifest joined with the history: one {@link MigrationInfo} per version, in version order. */
public final class States {

    private States() {
    }

    public static List<MigrationInfo> join(List<MigrationDescriptor> migrations, List<AppliedMigration> history) {
        return join(migrations, history, null);
    }

    /** As {@link #join(List, List)} for a run up to {@code target} (null: all), which decides how squashes count. */
    public static List<MigrationInfo> join(List<MigrationDescriptor> migrations, List<AppliedMigration> history,
                                           String target) {
        Map<String, AppliedMigration> latest = latestByVersion(history);
        List<MigrationInfo> infos = new ArrayList<>(migrations.size() + 4);
        int matched = 0;
        for (MigrationDescriptor d : migrations) {
            AppliedMigration row = latest.get(d.version());
            if (row != null) {
                matched++;
            }
            infos.add(info(d, row));
        }
        if (matched != latest.size()) {
            addUnknown(infos, migrations, latest);
        } // else: every applied version is in the manifest, which is in version order
        return Squashes.any(migrations) ? Squashes.resolve(infos, migrations, latest, target) : infos;
    }

    /** The history's versions the manifest does not know, put in version order among the others. */
    private static void addUnknown(List<MigrationInfo> infos, List<MigrationDescriptor> migrations,
                                   Map<String, AppliedMigration> latest) {
        Set<String> known = new HashSet<>(migrations.size() * 2);
        for (MigrationDescriptor d : migrations) {
            known.add(d.version());
        }
        for (AppliedMigration row : latest.values()) {
            if (!known.contains(row.version())) {
                infos.add(new MigrationInfo(row.version(), row.description(),
                        row.success() ? MigrationState.UNKNOWN : MigrationState.FAILED,
                        null, row.checksum(), row.installedOn(), row.executionTime()));
            }
        }
        infos.sort((a, b) -> Versions.compare(a.version(), b.version()));
    }

    /** The last row of each version (by installed rank). */
    public static Map<String, AppliedMigration> latestByVersion(List<AppliedMigration> history) {
        Map<String, AppliedMigration> latest = new HashMap<>(history.size() * 2);
        for (AppliedMigration row : history) {
            latest.put(row.version(), row);
        }
        return latest;
    }

    public static int nextRank(List<AppliedMigration> history) {
        int max = 0;
        for (AppliedMigration row : history) {
            max = Math.max(max, row.installedRank());
        }
        return max + 1;
    }

    private static MigrationInfo info(MigrationDescriptor d, AppliedMigration row) {
        if (row == null) {
            return new MigrationInfo(d.version(), d.name(), MigrationState.PENDING, d.checksum(), null, null, null);
        }
        MigrationState state = !row.success() ? MigrationState.FAILED
                : row.checksum().equals(d.checksum()) ? MigrationState.APPLIED : MigrationState.CHECKSUM_MISMATCH;
        return new MigrationInfo(d.version(), d.name(), state, d.checksum(), row.checksum(), row.installedOn(),
                row.executionTime());
    }
}
