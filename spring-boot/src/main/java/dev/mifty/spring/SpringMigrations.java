package dev.mifty.spring;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationManifest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import dev.mifty.runtime.internal.manifest.ManifestLoader;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The application's manifest with hand-written migrations taken from the Spring context: a
 * migration class that is a bean (e.g. {@code @Component}) runs as that bean; any other
 * hand-written migration is created by the manifest and then autowired, so {@code @Autowired} and
 * {@code @Value} fields work. Generated migrations are left as the manifest creates them.
 *
 * <p>The manifest is loaded, and beans looked up, when a command first needs them.
 */
final class SpringMigrations implements MigrationManifest {

    private final ClassLoader classLoader;
    private final ConfigurableListableBeanFactory beans;
    private MigrationManifest manifest;
    private Map<String, String> beanNamesByClass;

    SpringMigrations(ClassLoader classLoader, ConfigurableListableBeanFactory beans) {
        this.classLoader = classLoader;
        this.beans = beans;
    }

    @Override
    public List<MigrationDescriptor> migrations() {
        List<MigrationDescriptor> original = manifest().migrations();
        List<MigrationDescriptor> wrapped = new ArrayList<>(original.size());
        for (MigrationDescriptor d : original) {
            // every field kept, replacesUpTo included (a hand-written squash stays a squash)
            wrapped.add(d.generated() ? d : new MigrationDescriptor(d.version(), d.name(), false, d.checksum(),
                    d.className(), fromContext(d), d.replacesUpTo()));
        }
        return wrapped;
    }

    @Override
    public String snapshotResource() {
        return manifest().snapshotResource();
    }

    /** The wrapped manifest's package (where migration:create and migration:squash write), not this class's. */
    @Override
    public String migrationsPackage() {
        return manifest().migrationsPackage();
    }

    /** The one manifest of the application, found on first use (a missing one fails the command that needs it). */
    private synchronized MigrationManifest manifest() {
        if (manifest == null) {
            manifest = ManifestLoader.load(classLoader);
        }
        return manifest;
    }

    private Supplier<Migration> fromContext(MigrationDescriptor d) {
        return () -> {
            try {
                String beanName = beanNamesByClass().get(d.className());
                if (beanName != null) {
                    return beans.getBean(beanName, Migration.class);
                }
                Migration created = d.factory().get();
                beans.autowireBean(created);
                return created;
            } catch (BeansException e) {
                throw new MiftyException(ErrorCode.MIGRATION_FAILED, "migration " + d.version() + "_" + d.name()
                        + " (" + d.className() + ") cannot be created from the Spring context: "
                        + e.getMostSpecificCause().getMessage() + "; in a test slice, @Import the beans it uses", e);
            }
        };
    }

    private synchronized Map<String, String> beanNamesByClass() {
        if (beanNamesByClass == null) {
            Map<String, String> names = new HashMap<>();
            for (String name : beans.getBeanNamesForType(Migration.class, false, false)) {
                Class<?> type = beans.getType(name);
                if (type != null) {
                    names.put(ClassUtils.getUserClass(type).getName(), name);
                }
            }
            beanNamesByClass = names;
        }
        return beanNamesByClass;
    }
}
