package dev.mifty.spring;

import dev.mifty.runtime.Mifty;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the {@link MiftyMigrationStrategy} once, when the context creates this bean. Every
 * EntityManagerFactory, JdbcTemplate and other bean that depends on database initialisation is
 * created after it (Spring Boot's {@code DatabaseInitializerDetector} mechanism, see
 * {@link MiftyInitializerDetector}).
 */
public class MiftyMigrationInitializer implements InitializingBean {

    private final Mifty mifty;
    private final MiftyMigrationStrategy strategy;

    public MiftyMigrationInitializer(Mifty mifty, MiftyMigrationStrategy strategy) {
        this.mifty = mifty;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(mifty);
    }
}
