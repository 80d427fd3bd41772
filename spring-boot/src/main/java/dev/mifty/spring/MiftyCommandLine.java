package dev.mifty.spring;

import dev.mifty.cli.Main;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The Mifty commands from a built Spring Boot jar, on the database the application is configured
 * with ({@code spring.datasource.*}, {@code spring.mifty.*}, profiles, environment variables), without
 * starting the application:
 *
 * <pre>
 * java -Dloader.main=dev.mifty.spring.MiftyCommandLine -cp app.jar \
 *      org.springframework.boot.loader.launch.PropertiesLauncher migration:status
 * </pre>
 *
 * A minimal non-web Spring context resolves the DataSource (Boot's own DataSource auto-configuration
 * and nothing else). Arguments starting with {@code --spring.} go to Spring, the others to Mifty.
 * Whatever the context and the logging system print goes to stderr: stdout is the command's alone,
 * so {@code --json} stays pure JSON.
 */
public final class MiftyCommandLine {

    private MiftyCommandLine() {
    }

    public static void main(String[] args) {
        PrintStream stdout = Main.claimStdout();
        int code = run(args, System.getenv(), stdout, System.err);
        stdout.flush();
        System.exit(code);
    }

    /** Runs one command; returns its exit code. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        // command-line properties win over the application's own spring.main.* settings
        List<String> springArgs = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off"));
        List<String> miftyArgs = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--spring.") ? springArgs : miftyArgs).add(arg);
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(CommandLineContext.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties("logging.level.root=WARN", "spring.main.register-shutdown-hook=false")
                    .run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            err.println("error: cannot resolve the application's DataSource: " + rootMessage(e));
            return 1;
        }
        try (context) {
            MiftyProperties properties = context.getBean(MiftyProperties.class);
            MigrationDataSource database = MigrationDataSource.choose(properties,
                    context.getEnvironment().getProperty("spring.datasource.url"),
                    context.getBeanProvider(DataSource.class).getIfUnique());
            return new Main(env, out, err, Path.of("").toAbsolutePath())
                    .withDataSource(database.dataSource(), database.label())
                    .withEnvironment(ProfileEnvironment.resolve(context.getEnvironment()))
                    .withSchema(properties.getSchema())
                    .withManifest(new SpringMigrations(context.getClassLoader(), context.getBeanFactory()))
                    .withClassLoader(context.getClassLoader())
                    .run(miftyArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            err.println("error: " + rootMessage(e));
            return 1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** The DataSource auto-configuration of the Boot line on the class path, and {@code spring.mifty.*}. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MiftyProperties.class)
    @Import(DataSourceAutoConfigurationSelector.class)
    static class CommandLineContext {
    }

    static final class DataSourceAutoConfigurationSelector implements ImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            return BootLine.present(getClass().getClassLoader(),
                    BootLine.DATA_SOURCE_AUTO_CONFIGURATION_3, BootLine.DATA_SOURCE_AUTO_CONFIGURATION_4);
        }
    }
}
