package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import dev.mifty.runtime.internal.history.AppliedMigration;
import dev.mifty.runtime.internal.manifest.Versions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Planning of squashes ({@code migration:squash}), in one place: which of a squash and the
 * migrations it replaces (every version up to its {@code replacesUpTo}) count on a database, from
 * the history alone. Never both run.
 *
 * <ul>
 *   <li>The squash has a history row, or no version it replaces has one (a new database): the
 *       squash runs (or ran); the replaced migrations are {@link MigrationState#REPLACED}.</li>
 *   <li>Some replaced versions have rows: the replaced migrations run as they always did and the
 *       squash is {@link MigrationState#REPLACED}; once its last version is applied and none of the
 *       replaced migrations in the manifest is open, the squash counts as {@link MigrationState#APPLIED}
 *       without running and without a row of its own (its applied time is the newest replaced row's).
 *       A last version that is neither applied nor in the manifest any more (its class was deleted)
 *       is an error from {@link #requireRunnable}: the database needs classes that are gone.</li>
 *   <li>History rows of replaced versions whose classes were deleted are {@link MigrationState#REPLACED},
 *       not unknown, so validation keeps working after the squash.</li>
 *   <li>A run {@code --to} a version before the squash on a new database uses the replaced
 *       migrations (the squash is all or nothing).</li>
 * </ul>
 *
 * Squashes are decided oldest first, so a squash that replaces an older squash sees that one's
 * decision, and overrides it when it runs itself.
 */
public final class Squashes {

    private Squashes() {
    }

    /** True when the manifest has a squash (only then does planning look at them). */
    public static boolean any(List<MigrationDescriptor> migrations) {
        for (MigrationDescriptor d : migrations) {
            if (d.isSquash()) {
                return true;
            }
        }
        return false;
    }

    /** The joined states ({@link States#join}, in version order) with the squashes decided; {@code infos} is changed in place. */
    static List<MigrationInfo> resolve(List<MigrationInfo> infos, List<MigrationDescriptor> migrations,
                                       Map<String, AppliedMigration> latest, String target) {
        decide(infos, migrations, latest, target);
        return infos;
    }

    /**
     * Refuses a database that applied some of a squash's migrations but not its last one, when the
     * classes of the missing ones are gone: naming the squash, what is applied and what to do.
     */
    static void requireRunnable(List<MigrationDescriptor> migrations, List<AppliedMigration> history, String target) {
        if (!any(migrations)) {
            return;
        }
        List<MigrationInfo> infos = States.join(migrations, history, target);
        Map<String, String> problems = decide(infos, migrations, States.latestByVersion(history), target);
        if (!problems.isEmpty()) {
            throw new MiftyException(ErrorCode.VALIDATION, String.join("; ", problems.values()));
        }
    }

    /** The history versions a squash stands for: what rolling it back removes from the history, besides its own. */
    static List<String> replacedRows(MigrationDescriptor squash, List<AppliedMigration> history) {
        List<String> versions = new ArrayList<>();
        for (AppliedMigration row : history) {
            if (Versions.compare(row.version(), squash.replacesUpTo()) <= 0 && !versions.contains(row.version())) {
                versions.add(row.version());
            }
        }
        return versions;
    }

    /** Decides every squash, oldest first; returns the problems of the squashes that stay in effect, by version. */
    private static Map<String, String> decide(List<MigrationInfo> infos, List<MigrationDescriptor> migrations,
                                              Map<String, AppliedMigration> latest, String target) {
        Map<String, Integer> index = new HashMap<>(infos.size() * 2);
        for (int i = 0; i < infos.size(); i++) {
            index.put(infos.get(i).version(), i);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (MigrationDescriptor squash : migrations) {
            if (!squash.isSquash()) {
                continue;
            }
            String upTo = squash.replacesUpTo();
            int at = index.get(squash.version());
            boolean hasRow = latest.containsKey(squash.version());
            boolean anyReplacedRow = latest.keySet().stream().anyMatch(v -> Versions.compare(v, upTo) <= 0);
            boolean beforeTarget = target != null && Versions.compare(target, squash.version()) < 0;
            if (hasRow || (!anyReplacedRow && !beforeTarget)) {
                // the squash runs (or ran) here: everything it replaces stands behind it
                for (int i = 0; i < at; i++) {
                    MigrationInfo info = infos.get(i);
                    if (Versions.compare(info.version(), upTo) <= 0 && (info.state() == MigrationState.PENDING
                            || info.state() == MigrationState.UNKNOWN)) {
                        infos.set(i, replaced(info));
                    }
                }
                problems.keySet().removeIf(v -> Versions.compare(v, upTo) <= 0);
                continue;
            }
            // the replaced migrations run here (or ran): the squash does not
            boolean open = false;
            Instant newest = null;
            for (int i = 0; i < at; i++) {
                MigrationInfo info = infos.get(i);
                if (Versions.compare(info.version(), upTo) > 0) {
                    continue;
                }
                if (info.state() == MigrationState.PENDING || info.state() == MigrationState.FAILED) {
                    open = true;
                } else if (info.state() == MigrationState.UNKNOWN) {
                    infos.set(i, replaced(info));
                }
                if (info.appliedAt() != null && (newest == null || info.appliedAt().isAfter(newest))) {
                    newest = info.appliedAt();
                }
            }
            Integer last = index.get(upTo);
            MigrationState lastState = last == null ? null : infos.get(last).state();
            boolean lastApplied = lastState != null && lastState != MigrationState.PENDING
                    && lastState != MigrationState.FAILED;
            MigrationInfo self = infos.get(at);
            if (lastApplied && !open) {
                infos.set(at, new MigrationInfo(self.version(), self.name(), MigrationState.APPLIED, self.checksum(),
                        null, newest, null));
            } else {
                infos.set(at, replaced(self));
                if (last == null) {
                    problems.put(squash.version(), missing(squash, infos, upTo));
                }
            }
        }
        return problems;
    }

    private static String missing(MigrationDescriptor squash, List<MigrationInfo> infos, String upTo) {
        List<String> applied = new ArrayList<>();
        for (MigrationInfo info : infos) {
            if (Versions.compare(info.version(), upTo) <= 0 && info.state() != MigrationState.PENDING
                    && info.state() != MigrationState.FAILED) {
                applied.add(info.version());
            }
        }
        String lastApplied = applied.isEmpty() ? "none" : applied.get(applied.size() - 1);
        return "this database applied " + applied.size() + " of the migrations that squash " + squash.version() + "_"
                + squash.name() + " (" + squash.className() + ") replaces (the newest " + lastApplied + "), but not "
                + "the last one, " + upTo + ", and the classes of the migrations after " + lastApplied + " up to "
                + upTo + " are no longer in the application: so neither they nor the squash can run here. Restore "
                + "those migration classes (from version control) and run migration:run, then delete them again; or "
                + "recreate this database (a new database runs the squash)";
    }

    private static MigrationInfo replaced(MigrationInfo info) {
        return new MigrationInfo(info.version(), info.name(), MigrationState.REPLACED, info.checksum(),
                info.appliedChecksum(), info.appliedAt(), info.executionMillis());
    }
}
