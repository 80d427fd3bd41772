package dev.mifty.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.spring.app.Greeting;
import dev.mifty.spring.app.V20260101000002_SeedNotes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.AnnotationConfigUtils;

/** Which instance runs a migration: a bean of its class, else the manifest's, autowired; generated ones untouched. */
class SpringMigrationsTest {

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

    SpringMigrationsTest() {
        AnnotationConfigUtils.registerAnnotationConfigProcessors(beans);
        beans.getBeansOfType(org.springframework.beans.factory.config.BeanPostProcessor.class)
                .values().forEach(beans::addBeanPostProcessor);
    }

    private List<MigrationDescriptor> migrations() {
        return new SpringMigrations(getClass().getClassLoader(), beans).migrations();
    }

    @Test
    void aMigrationBeanRunsAsThatBean() {
        beans.registerSingleton("greeting", new Greeting("bonjour"));
        beans.registerBeanDefinition("seed", new RootBeanDefinition(V20260101000002_SeedNotes.class));
        Migration seed = migrations().get(1).factory().get();
        assertThat(seed).isSameAs(beans.getBean("seed"));
    }

    @Test
    void otherHandWrittenMigrationsAreAutowiredAndGeneratedOnesLeftAlone() {
        beans.registerSingleton("greeting", new Greeting("bonjour"));
        assertThat(migrations().get(2).factory().get()).extracting("greeting").isSameAs(beans.getBean("greeting"));
        assertThat(migrations().get(0).generated()).isTrue();
    }

    @Test
    void aMissingBeanNamesTheMigration() {
        assertThatThrownBy(() -> migrations().get(2).factory().get()).isInstanceOf(MiftyException.class)
                .hasMessageContaining("migration 20260101000003_autowired_field")
                .hasMessageContaining("Greeting")
                .extracting(e -> ((MiftyException) e).code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
    }
}
