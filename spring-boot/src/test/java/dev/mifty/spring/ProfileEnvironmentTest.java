package dev.mifty.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.runtime.Environment;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProfileEnvironmentTest {

    @Test
    void profilesDecideWhenNothingIsConfigured() {
        assertThat(ProfileEnvironment.fromProfiles()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(ProfileEnvironment.fromProfiles("local", "Production")).isEqualTo(Environment.PRODUCTION);
        assertThat(ProfileEnvironment.fromProfiles("test", "prod")).isEqualTo(Environment.PRODUCTION);
        assertThat(ProfileEnvironment.fromProfiles("test")).isEqualTo(Environment.TEST);
    }

    @Test
    void thePropertyWinsOverMiftyEnvWhichWinsOverProfiles() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod");
        assertThat(ProfileEnvironment.resolve(env)).isEqualTo(Environment.PRODUCTION);
        env.setProperty("MIFTY_ENV", "test");
        assertThat(ProfileEnvironment.resolve(env)).isEqualTo(Environment.TEST);
        env.setProperty("spring.mifty.environment", "development");
        assertThat(ProfileEnvironment.resolve(env)).isEqualTo(Environment.DEVELOPMENT);
    }
}
