package dev.mifty.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link MiftyMigrationInitializer} initialises the database, so that every
 * bean that depends on database initialisation (EntityManagerFactory, JdbcTemplate, ...) waits for
 * it: the guarantee Flyway's auto-configuration gives. Same package and contract on Boot 3.5 and 4.0;
 * registered in {@code META-INF/spring.factories}.
 */
public final class MiftyInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MiftyMigrationInitializer.class);
    }
}
