package dev.mifty.processor.pipeline;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.processor.diag.Messages;
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
            if (m.generated() && !m.from().isEmpty()) {
                FoundMigration sameFrom = byFrom.putIfAbsent(m.from(), m);
                if (sameFrom != null) {
                    diagnostics.errorOn(m.element(), Messages.DIVERGED,
                            Messages.diverged(sameFrom.className(), m.className()));
                    clean = false;
                }
            }
        }
        return clean;
    }
}
