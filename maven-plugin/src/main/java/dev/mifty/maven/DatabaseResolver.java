package dev.mifty.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one place that decides which database a goal uses, first match wins:
 * <ol>
 *   <li>{@code -Dmifty.url=...} on the command line (with {@code mifty.user} / {@code mifty.password});</li>
 *   <li>the {@code DATABASE_URL} environment variable;</li>
 *   <li>the plugin's {@code <url>} (with {@code <user>} / {@code <password>});</li>
 *   <li>the project's Spring Boot {@code spring.datasource.*} ({@link SpringDatasource});</li>
 *   <li>none: the CLI's own default (the embedded PostgreSQL under {@code .mifty/}).</li>
 * </ol>
 */
final class DatabaseResolver {

    private final Map<String, String> env;
    private final UnaryOperator<String> userProperty;
    private final UnaryOperator<String> systemProperty;

    DatabaseResolver(Map<String, String> env, UnaryOperator<String> userProperty, UnaryOperator<String> systemProperty) {
        this.env = env;
        this.userProperty = userProperty;
        this.systemProperty = systemProperty;
    }

    Optional<Database> resolve(String configuredUrl, String user, String password, List<Path> resourceDirs)
            throws IOException {
        String commandLine = userProperty.apply("mifty.url");
        if (commandLine != null && !commandLine.isBlank()) {
            return Optional.of(Database.of(commandLine, user, password, "-Dmifty.url"));
        }
        String fromEnv = env.get("DATABASE_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(new Database(fromEnv.strip(), "DATABASE_URL"));
        }
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            return Optional.of(Database.of(configuredUrl, user, password, "the plugin's <url>"));
        }
        return new SpringDatasource(resourceDirs, env, systemProperty).find();
    }
}
