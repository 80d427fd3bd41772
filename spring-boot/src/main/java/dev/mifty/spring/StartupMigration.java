package dev.mifty.spring;

import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MigrationInfo;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link MiftyMigrationStrategy}: {@link Mifty#migrateOnStartup(String)} up to
 * {@code spring.mifty.target}, which applies the pending migrations, or with
 * {@code spring.mifty.auto-run=false} fails listing them. The runtime logs at INFO what it applied,
 * how long each took and what is still pending; this adds how long the whole start-up step took.
 */
final class StartupMigration implements MiftyMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger("dev.mifty");

    private final String target;

    StartupMigration(String target) {
        this.target = target == null || target.isBlank() ? null : target.strip();
    }

    @Override
    public void migrate(Mifty mifty) {
        long started = System.nanoTime();
        List<MigrationInfo> applied = mifty.migrateOnStartup(target);
        LOG.info("Mifty: start-up migration done in {} ms ({} applied now)", (System.nanoTime() - started) / 1_000_000,
                applied.size());
    }
}
