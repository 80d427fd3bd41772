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

    @Test
    void aHandWrittenSquashKeepsWhatItReplacesAndTheManifestItsPackage() throws Exception {
        java.nio.file.Path classes = java.nio.file.Files.createTempDirectory("mifty-squash-manifest");
        java.nio.file.Path resource = classes.resolve(dev.mifty.schema.source.ManifestFile.RESOURCE);
        java.nio.file.Files.createDirectories(resource.getParent());
        java.nio.file.Files.writeString(resource, dev.mifty.schema.source.ManifestFile.write("shop.migrations", List.of(
                new dev.mifty.schema.source.ManifestFile.Line("20260101000001", "first",
                        dev.mifty.schema.source.ManifestFile.Kind.HANDWRITTEN, "c1", "shop.migrations.V1"),
                new dev.mifty.schema.source.ManifestFile.Line("20260101000001.1", "squashed",
                        dev.mifty.schema.source.ManifestFile.Kind.HANDWRITTEN, "c2", "shop.migrations.V1_1",
                        "20260101000001"))));
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, null)) {
            SpringMigrations manifest = new SpringMigrations(loader, beans);
            assertThat(manifest.migrations()).extracting(MigrationDescriptor::replacesUpTo)
                    .containsExactly(null, "20260101000001");
            assertThat(manifest.migrationsPackage()).isEqualTo("shop.migrations");
        }
    }
}
