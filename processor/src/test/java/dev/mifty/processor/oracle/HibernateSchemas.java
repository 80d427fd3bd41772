package dev.mifty.processor.oracle;

import dev.mifty.processor.jpa.Naming;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Boots Hibernate ORM on a database with the naming strategies of a {@link Naming} option. */
final class HibernateSchemas {

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
        settings.put("hibernate.hbm2ddl.halt_on_error", "true");
        settings.put("hibernate.physical_naming_strategy", naming == Naming.SNAKE_CASE
                ? new CamelCaseToUnderscoresNamingStrategy() : new PhysicalNamingStrategyStandardImpl());
        settings.put("hibernate.implicit_naming_strategy", naming == Naming.SNAKE_CASE
                ? new SpringImplicitNamingStrategy() : new ImplicitNamingStrategyJpaCompliantImpl());
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            try (SessionFactory ignored = sources.buildMetadata().buildSessionFactory()) {
                // building it ran the schema action
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
