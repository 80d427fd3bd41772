package dev.mifty.spring;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link MiftyMigrationStrategy}: {@code spring.mifty.auto-run=true} applies the pending
 * migrations (up to {@code spring.mifty.target}); false only validates and fails on pending ones.
 * Logs at INFO what was applied, how long it took and what is still pending.
 */
final class StartupMigration implements MiftyMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger("dev.mifty");

    private final boolean autoRun;
    private final String target;

    StartupMigration(boolean autoRun, String target) {
        this.autoRun = autoRun;
        this.target = blankToNull(target);
    }

    @Override
    public void migrate(Mifty mifty) {
        long started = System.nanoTime();
        if (autoRun) {
            List<MigrationInfo> applied = mifty.migrate(target);
            List<MigrationInfo> pending = pending(mifty.status());
            LOG.info("Mifty: {} migration(s) applied at start-up in {} ms; {}", applied.size(),
                    (System.nanoTime() - started) / 1_000_000, pendingText(pending));
            return;
        }
        List<MigrationInfo> status = mifty.status();
        List<MigrationInfo> problems = status.stream().filter(i -> i.state() != MigrationState.APPLIED
                && (i.state() != MigrationState.PENDING || target == null || i.version().compareTo(target) <= 0)).toList();
        if (!problems.isEmpty()) {
            StringBuilder text = new StringBuilder("spring.mifty.auto-run is false and the database is not up to date:");
            problems.forEach(i -> text.append("\n  ").append(i.state().label()).append(' ').append(i.label()));
            text.append("\napply them with migration:run (or set spring.mifty.auto-run=true)");
            throw new MiftyException(ErrorCode.VALIDATION, text.toString());
        }
        LOG.info("Mifty: the database is up to date ({} migration(s) applied, validated in {} ms)", status.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static List<MigrationInfo> pending(List<MigrationInfo> status) {
        return status.stream().filter(i -> i.state() == MigrationState.PENDING).toList();
    }

    private static String pendingText(List<MigrationInfo> pending) {
        if (pending.isEmpty()) {
            return "none pending";
        }
        return pending.size() + " pending: " + String.join(", ", pending.stream().map(MigrationInfo::label).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
