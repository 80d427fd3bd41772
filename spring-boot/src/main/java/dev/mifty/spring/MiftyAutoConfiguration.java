package dev.mifty.spring;

import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.Slf4jMiftyLog;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the application's database at start-up, before any EntityManagerFactory (or other bean
 * that depends on database initialisation) is created.
 *
 * <p>One class for Spring Boot 3.5 and 4.0: the auto-configurations it is ordered against moved
 * packages in Boot 4, so both names are given ({@link BootLine}; a missing one is ignored);
 * everything else it uses kept its package on both lines.
 */
@AutoConfiguration(
        afterName = {BootLine.DATA_SOURCE_AUTO_CONFIGURATION_3, BootLine.DATA_SOURCE_AUTO_CONFIGURATION_4},
        beforeName = {BootLine.HIBERNATE_JPA_AUTO_CONFIGURATION_3, BootLine.HIBERNATE_JPA_AUTO_CONFIGURATION_4})
@ConditionalOnClass({Mifty.class, org.springframework.jdbc.datasource.DriverManagerDataSource.class})
@ConditionalOnProperty(prefix = "spring.mifty", name = "enabled", matchIfMissing = true)
@Conditional(MiftyAutoConfiguration.MigrationDatabaseCondition.class)
@EnableConfigurationProperties(MiftyProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class MiftyAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Mifty mifty(MiftyProperties properties, Environment environment, ObjectProvider<DataSource> dataSource,
                       ConfigurableListableBeanFactory beanFactory, ResourceLoader resourceLoader) {
        MigrationDataSource database = MigrationDataSource.choose(properties,
                environment.getProperty("spring.datasource.url"), dataSource.getIfUnique());
        ClassLoader classLoader = resourceLoader.getClassLoader();
        return MiftyFactory.builder(properties, environment, database)
                .manifest(new SpringMigrations(classLoader, beanFactory))
                .classLoader(classLoader)
                .log(Slf4jMiftyLog.create())
                .load();
    }

    @Bean
    @ConditionalOnMissingBean
    public MiftyMigrationInitializer miftyMigrationInitializer(Mifty mifty, MiftyProperties properties,
                                                               ObjectProvider<MiftyMigrationStrategy> strategy) {
        return new MiftyMigrationInitializer(mifty,
                strategy.getIfAvailable(() -> new StartupMigration(properties.getTarget())));
    }

    /** A DataSource bean, or {@code spring.mifty.url}. */
    static final class MigrationDatabaseCondition extends AnyNestedCondition {

        MigrationDatabaseCondition() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {
        }

        @ConditionalOnProperty(prefix = "spring.mifty", name = "url")
        static final class MiftyUrl {
        }
    }
}
