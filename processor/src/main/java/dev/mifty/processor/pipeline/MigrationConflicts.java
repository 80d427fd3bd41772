package dev.mifty.processor.pipeline;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.processor.diag.Messages;
import dev.mifty.schema.source.VersionOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two migrations with one version, or two generated migrations that follow the same snapshot
 * (two branches merged): an error on the later one (in version order) naming both.
 */
public final class MigrationConflicts {

    private MigrationConflicts() {
    }

    /** Reports every conflict; returns true when there was none. */
    public static boolean check(List<FoundMigration> migrations, Diagnostics diagnostics) {
        boolean clean = true;
        Map<String, FoundMigration> byVersion = new HashMap<>();
        Map<String, FoundMigration> byFrom = new HashMap<>();
        for (FoundMigration m : migrations) {
            FoundMigration sameVersion = byVersion.putIfAbsent(m.version(), m);
            if (sameVersion != null) {
                diagnostics.errorOn(m.element(), Messages.DUPLICATE_VERSION,
                        Messages.duplicateVersion(m.version(), sameVersion.className(), m.className()));
                clean = false;
            }
            // a squash follows the same (empty) snapshot as the first migration it replaces: not two branches
            if (m.generated() && !m.from().isEmpty() && !m.isSquash()) {
                FoundMigration sameFrom = byFrom.putIfAbsent(m.from(), m);
                if (sameFrom != null) {
                    diagnostics.errorOn(m.element(), Messages.DIVERGED,
                            Messages.diverged(sameFrom.className(), m.className()));
                    clean = false;
                }
            }
        }
        return checkSquashes(migrations, diagnostics) && clean;
    }

    /** A squash stands right after the last version it replaces: no other migration in between. */
    private static boolean checkSquashes(List<FoundMigration> migrations, Diagnostics diagnostics) {
        boolean clean = true;
        for (FoundMigration squash : migrations) {
            if (!squash.isSquash()) {
                continue;
            }
            for (FoundMigration m : migrations) {
                if (VersionOrder.compare(squash.replacesUpTo(), m.version()) < 0
                        && VersionOrder.compare(m.version(), squash.version()) < 0) {
                    diagnostics.errorOn(squash.element(), Messages.BAD_MIGRATION,
                            Messages.squashOutOfPlace(squash.className(), squash.replacesUpTo(), m.className()));
                    clean = false;
                    break;
                }
            }
        }
        return clean;
    }
}
