package dev.mifty.spring;

import dev.mifty.runtime.Mifty;

/**
 * What happens at start-up, before any EntityManagerFactory is built (like Flyway's
 * {@code FlywayMigrationStrategy}). Declare one as a bean to replace the default, which applies
 * the pending migrations ({@code spring.mifty.auto-run=true}) or fails on pending ones.
 *
 * <pre>{@code
 * @Bean
 * MiftyMigrationStrategy migrateAndReport(MetricsReporter reporter) {
 *     return mifty -> reporter.applied(mifty.migrate());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface MiftyMigrationStrategy {

    void migrate(Mifty mifty);
}
