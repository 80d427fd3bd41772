package dev.mifty.processor.jpa;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the Hibernate ORM line of the compilation: the {@code mifty.hibernate} option when given, else
 * the version of the {@code hibernate-core} jar on the compile classpath (its manifest, or its file
 * name), else which Hibernate types exist, else the Jakarta Persistence level (3.2 means Spring Boot
 * 4's Hibernate 7.2, 3.1 Boot 3.5's 6.6).
 */
public final class HibernateLineDetector {

    /** The line, and a sentence saying how it was found (for the compiler note). */
    public record Detected(HibernateLine line, String how) {
    }

    /** Without Hibernate on the classpath and with Jakarta Persistence 3.2: Spring Boot 4.0's line. */
    static final HibernateLine DEFAULT_JPA_32 = HibernateLine.V7_2;
    /** Without Hibernate and with Jakarta Persistence 3.1 (or none): Spring Boot 3.5's line. */
    static final HibernateLine DEFAULT_JPA_31 = HibernateLine.V6_6;

    private static final Pattern JAR_VERSION = Pattern.compile("hibernate-core-(\\d+\\.\\d+)[^/]*\\.jar");

    private HibernateLineDetector() {
    }

    /** @param option the {@code mifty.hibernate} value, or null */
    public static Detected detect(ProcessingEnvironment env, String option) {
        if (option != null && !option.isBlank()) {
            HibernateLine forced = HibernateLine.parse(option);
            if (forced != null) {
                return new Detected(forced, "forced by -Amifty.hibernate=" + option.strip());
            }
        }
        String version = jarVersion(env);
        if (version != null) {
            HibernateLine line = HibernateLine.parse(version);
            if (line != null) {
                return new Detected(line, "hibernate-core " + version + " is on the compile classpath");
            }
        }
        var elements = env.getElementUtils();
        if (elements.getTypeElement("org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl") != null) {
            return new Detected(HibernateLine.V7_0, "Hibernate 7 types are on the compile classpath but its version"
                    + " could not be read: assumed 7.0");
        }
        if (elements.getTypeElement("org.hibernate.Version") != null) {
            return new Detected(HibernateLine.V6_6, "Hibernate 6 types are on the compile classpath but its version"
                    + " could not be read: assumed 6.6");
        }
        if (elements.getTypeElement("jakarta.persistence.CheckConstraint") != null) {
            return new Detected(DEFAULT_JPA_32, "no Hibernate on the compile classpath; Jakarta Persistence 3.2 is:"
                    + " assumed " + DEFAULT_JPA_32 + " (Spring Boot 4.0's)");
        }
        return new Detected(DEFAULT_JPA_31, "no Hibernate on the compile classpath; Jakarta Persistence 3.1 is:"
                + " assumed " + DEFAULT_JPA_31 + " (Spring Boot 3.5's)");
    }

    /** {@code 7.4.15.Final} from the jar holding {@code org.hibernate.Version}, or null. */
    private static String jarVersion(ProcessingEnvironment env) {
        URI uri;
        try {
            FileObject version = env.getFiler().getResource(StandardLocation.CLASS_PATH, "org.hibernate", "Version.class");
            uri = version.toUri();
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException | IllegalStateException e) {
            return null;
        }
        String text = uri.toString();
        if (!text.startsWith("jar:") || !text.contains("!/")) {
            return null;
        }
        String jar = text.substring("jar:".length(), text.indexOf("!/"));
        try (JarFile file = new JarFile(Path.of(URI.create(jar)).toFile())) {
            var manifest = file.getManifest();
            String v = manifest == null ? null : manifest.getMainAttributes().getValue("Implementation-Version");
            if (v != null && HibernateLine.parse(v) != null) {
                return v;
            }
        } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // fall back to the file name
        }
        Matcher m = JAR_VERSION.matcher(jar);
        return m.find() ? m.group(1) : null;
    }
}
