package dev.mifty.spring;

import java.util.Arrays;
import org.springframework.util.ClassUtils;

/**
 * The names that differ between Spring Boot 3.5 and 4.0 (Boot 4 moved auto-configurations into
 * modules with new packages). Everything line-specific the starter refers to is here; the classes
 * refer to these constants, never to the classes.
 */
final class BootLine {

    static final String DATA_SOURCE_AUTO_CONFIGURATION_3 = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration";
    static final String DATA_SOURCE_AUTO_CONFIGURATION_4 = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";
    static final String HIBERNATE_JPA_AUTO_CONFIGURATION_3 = "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration";
    static final String HIBERNATE_JPA_AUTO_CONFIGURATION_4 = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration";

    private BootLine() {
    }

    /** Those of {@code names} on the class path of {@code loader}. */
    static String[] present(ClassLoader loader, String... names) {
        return Arrays.stream(names).filter(n -> ClassUtils.isPresent(n, loader)).toArray(String[]::new);
    }
}
