package dev.mifty.processor.oracle;

import dev.mifty.processor.jpa.Naming;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.SessionFactory;
import org.hibernate.Version;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Boots Hibernate ORM (whichever line is on the test classpath) on a database with the naming
 * strategies Spring Boot uses with that line for a {@link Naming} option.
 */
final class HibernateSchemas {

    /**
     * Spring Boot's physical snake-case strategy of the line on the classpath: Boot 3.5 (Hibernate
     * 6.6) uses Hibernate's {@code CamelCaseToUnderscoresNamingStrategy}, Boot 4 (Hibernate 7)
     * {@code PhysicalNamingStrategySnakeCaseImpl}. Named as a string so this compiles on every line.
     */
    static final String SNAKE_CASE_STRATEGY = line().startsWith("6.")
            ? "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"
            : "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

    /** The Hibernate ORM line on the classpath, {@code 6.6} or {@code 7.4}. */
    static String line() {
        String[] v = Version.getVersionString().split("\\.");
        return v[0] + "." + v[1];
    }

    private HibernateSchemas() {
    }

    /** Lets Hibernate create the schema of {@code classes} in the database ({@code hbm2ddl.auto=create}). */
    static void create(String jdbcUrl, List<Class<?>> classes, Naming naming) {
        boot(jdbcUrl, classes, naming, "create");
    }

    /** Runs {@code hbm2ddl.auto=validate}; throws when Hibernate finds the schema wrong. */
    static void validate(String jdbcUrl, List<Class<?>> classes, Naming naming) {
        boot(jdbcUrl, classes, naming, "validate");
    }

    private static void boot(String jdbcUrl, List<Class<?>> classes, Naming naming, String action) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.connection.url", jdbcUrl);
        settings.put("hibernate.connection.username", "postgres");
        settings.put("hibernate.connection.password", "");
        settings.put("hibernate.hbm2ddl.auto", action);
        // true, except on a line whose own create fails on a statement that is no DDL (mifty.oracle.haltOnError=false in
        // oracle/hibernate-7.0: 7.0.10 inserts a table generator's initial row once per entity, the second insert fails);
        // a DDL statement that failed would still show: its facts would be missing from Hibernate's schema
        settings.put("hibernate.hbm2ddl.halt_on_error", System.getProperty("mifty.oracle.haltOnError", "true"));
        // the schema is the judge, not the application's named queries (they may name non-entity classes)
        settings.put("hibernate.query.startup_check", "false");
        settings.put("hibernate.physical_naming_strategy", naming == Naming.SNAKE_CASE
                ? SNAKE_CASE_STRATEGY : PhysicalNamingStrategyStandardImpl.class.getName());
        settings.put("hibernate.implicit_naming_strategy", naming == Naming.SNAKE_CASE
                ? SpringImplicitNamingStrategy.class.getName() : ImplicitNamingStrategyJpaCompliantImpl.class.getName());
        if (Boolean.getBoolean("mifty.oracle.showDdl")) { // for reading: the DDL Hibernate runs, on stdout
            settings.put("hibernate.show_sql", "true");
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            org.hibernate.boot.spi.MetadataImplementor metadata = (org.hibernate.boot.spi.MetadataImplementor) sources.buildMetadata();
            try (SessionFactory ignored = metadata.buildSessionFactory()) {
                // building it ran the schema action, exactly as an application's start does
            } catch (org.hibernate.InstantiationException e) {
                // an application's entity listener that needs its container (HAPI FHIR's need Spring): Hibernate's
                // schema tools on the same metadata, as the SessionFactory runs them, without instantiating listeners
                // (equal on 6.6 for every fixture set; on 7.4 it differs: @CreationTimestamp columns are NOT NULL
                // only through the SessionFactory, so only applications that need it take this path)
                metadata.orderColumns(false);
                metadata.validate();
                org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator.process(metadata, registry, settings,
                        dropAction -> { });
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
