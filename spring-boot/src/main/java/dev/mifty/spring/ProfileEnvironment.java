package dev.mifty.spring;

import dev.mifty.runtime.Environment;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Decides Mifty's {@link Environment} in a Spring application: {@code spring.mifty.environment},
 * else {@code MIFTY_ENV}, else the active profiles ({@code prod}/{@code production} win over
 * {@code test}), else development.
 */
final class ProfileEnvironment {

    private static final Set<String> PRODUCTION = Set.of("prod", "production");
    private static final Set<String> TEST = Set.of("test");

    private ProfileEnvironment() {
    }

    static Environment resolve(org.springframework.core.env.Environment spring) {
        String configured = spring.getProperty("spring.mifty.environment");
        if (configured == null || configured.isBlank()) {
            configured = spring.getProperty("MIFTY_ENV");
        }
        if (configured != null && !configured.isBlank()) {
            return Environment.parse(configured);
        }
        return fromProfiles(spring.getActiveProfiles());
    }

    static Environment fromProfiles(String... profiles) {
        Set<String> active = Set.copyOf(Arrays.stream(profiles).map(p -> p.strip().toLowerCase(Locale.ROOT)).toList());
        if (active.stream().anyMatch(PRODUCTION::contains)) {
            return Environment.PRODUCTION;
        }
        if (active.stream().anyMatch(TEST::contains)) {
            return Environment.TEST;
        }
        return Environment.DEVELOPMENT;
    }
}
