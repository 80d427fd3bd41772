package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import dev.mifty.runtime.internal.manifest.Versions;
import java.util.ArrayList;
import java.util.List;

/** The one-line summaries of a run for the log: how much is applied, what is still pending. */
final class Summary {

    /** How many names are listed before "and N more". */
    private static final int LISTED = 5;

    private Summary() {
    }

    /** {@code "3 applied, newest 20260101000003_fill_customers"} (before this run), from the joined state. */
    static String applied(List<MigrationInfo> infos) {
        int count = 0;
        String newest = null;
        for (MigrationInfo info : infos) {
            if (info.state() == MigrationState.APPLIED) {
                count++;
                newest = info.label();
            }
        }
        return newest == null ? "none applied" : count + " applied, newest " + newest;
    }

    /** {@code " 1 migration(s) still pending (newer than 2026...): V_name"}, or empty when nothing is left behind {@code target}. */
    static String stillPending(List<MigrationInfo> infos, String target) {
        if (target == null) {
            return "";
        }
        List<String> left = new ArrayList<>();
        for (MigrationInfo info : infos) {
            boolean open = info.state() == MigrationState.PENDING || info.state() == MigrationState.FAILED;
            if (open && Versions.compare(info.version(), target) > 0) {
                left.add(info.label());
            }
        }
        return left.isEmpty() ? "" : " " + left.size() + " migration(s) still pending (newer than " + target + "): " + names(left);
    }

    /** The first few names, then "and N more". */
    static String names(List<String> labels) {
        if (labels.size() <= LISTED) {
            return String.join(", ", labels);
        }
        return String.join(", ", labels.subList(0, LISTED)) + " and " + (labels.size() - LISTED) + " more";
    }
}
