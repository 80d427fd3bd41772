package dev.mifty.maven;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.apache.maven.project.MavenProject;

/**
 * A goal that runs one Mifty CLI command on the project's compiled classes and runtime classpath.
 * A goal is its command name and its options ({@link #command()}, {@link #options()}); everything
 * else (classpath, database, environment, output) is here.
 */
public abstract class CliMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /**
     * JDBC ({@code jdbc:postgresql://...}) or {@code postgres://} URL, without a password (Maven's
     * {@code -X} prints every parameter's value). {@code -Dmifty.url=...} and {@code DATABASE_URL}
     * win over it (see {@link DatabaseResolver}).
     */
    @Parameter
    protected String url;

    /** Database user for {@link #url}. */
    @Parameter(property = "mifty.user")
    protected String user;

    /**
     * The id of a {@code <server>} in {@code settings.xml} whose username and password (encrypted
     * ones too) are used for {@link #url}: how Maven keeps secrets out of the POM and the log.
     */
    @Parameter(property = "mifty.serverId")
    protected String serverId;

    @Component
    private SettingsDecrypter decrypter;

    /** {@code MIFTY_ENV}: development, test or production. */
    @Parameter(property = "mifty.environment")
    protected String environment;

    /** The CLI's {@code --verbose}: step logging and stack traces. */
    @Parameter(property = "mifty.verbose", defaultValue = "false")
    protected boolean verbose;

    /** The CLI's {@code --ignore-unknown}. */
    @Parameter(property = "mifty.ignoreUnknown", defaultValue = "false")
    protected boolean ignoreUnknown;

    /** Skips the goal. */
    @Parameter(property = "mifty.skip", defaultValue = "false")
    protected boolean skip;

    /** The CLI command, e.g. {@code migration:run}. */
    protected abstract String command();

    /** The command's options, e.g. {@code --steps=2}; none by default. */
    protected List<String> options() {
        return List.of();
    }

    /** False for commands that never open a database ({@code migration:create}). */
    protected boolean needsDatabase() {
        return true;
    }

    /** The class path the CLI runs on: the project's runtime classpath (mifty:ui changes it). */
    protected List<String> classpathElements() throws DependencyResolutionRequiredException, MojoExecutionException {
        return project.getRuntimeClasspathElements();
    }

    /** False for goals that do not need {@code target/classes} (mifty:ui compiles the sources itself). */
    protected boolean needsCompiledClasses() {
        return true;
    }

    /** Adds {@code --name=value} when the value is set. */
    protected static void option(List<String> args, String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            args.add("--" + name + "=" + value);
        }
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mifty: skipped (mifty.skip)");
            return;
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        Optional<Database> database = needsDatabase() ? database(env) : Optional.empty();
        env.remove("DATABASE_URL");
        database.ifPresent(d -> {
            env.put("DATABASE_URL", d.url());
            getLog().info("Database: " + d.describe());
        });
        if (environment != null && !environment.isBlank()) {
            env.put("MIFTY_ENV", environment);
        }
        List<String> args = new ArrayList<>();
        args.add(command());
        args.addAll(options());
        if (verbose) {
            args.add("--verbose");
        }
        if (ignoreUnknown) {
            args.add("--ignore-unknown");
        }
        if (needsCompiledClasses()) {
            warnWhenNotCompiled();
        }
        int code;
        try (URLClassLoader loader = ProjectClasspath.loader(classpathElements())) {
            code = CliLauncher.run(loader, env, project.getBasedir().toPath(), args);
        } catch (ClassNotFoundException e) {
            throw new MojoExecutionException(CliLauncher.MAIN + " is not on the runtime classpath of "
                    + project.getArtifactId() + ": add the dependency dev.mifty:mifty-runtime");
        } catch (DependencyResolutionRequiredException | ReflectiveOperationException | IOException e) {
            throw new MojoExecutionException("cannot run mifty " + command() + ": " + e, e);
        }
        if (code != 0) {
            throw new MojoFailureException("mifty " + command() + " failed (exit code " + code + "): see the error above");
        }
    }

    private Optional<Database> database(Map<String, String> env) throws MojoExecutionException {
        List<Path> resources = new ArrayList<>();
        for (Resource r : project.getResources()) {
            resources.add(Path.of(r.getDirectory()));
        }
        String[] credentials = credentials();
        try {
            return new DatabaseResolver(env, session.getUserProperties()::getProperty,
                    key -> session.getUserProperties().getProperty(key, session.getSystemProperties().getProperty(key)))
                    .resolve(url, credentials[0], credentials[1], resources);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the Spring Boot configuration: " + e.getMessage(), e);
        }
    }

    /**
     * User and password: {@code -Dmifty.user} / {@code <user>}, {@code -Dmifty.password} (read from
     * the session, never a mojo parameter, so {@code -X} cannot print it), else the settings.xml
     * server {@link #serverId}.
     */
    private String[] credentials() throws MojoExecutionException {
        String name = user;
        String secret = session.getUserProperties().getProperty("mifty.password");
        if (serverId != null && !serverId.isBlank()) {
            Server server = session.getSettings().getServer(serverId);
            if (server == null) {
                throw new MojoExecutionException("no <server> with id '" + serverId + "' in settings.xml (mifty serverId)");
            }
            SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : decrypted.getProblems()) {
                getLog().warn("settings.xml server '" + serverId + "': " + problem.getMessage());
            }
            Server plain = decrypted.getServer();
            if (name == null || name.isBlank()) {
                name = plain.getUsername();
            }
            if (secret == null) {
                secret = plain.getPassword();
            }
        }
        return new String[] {name, secret};
    }

    private void warnWhenNotCompiled() {
        Path services = Path.of(project.getBuild().getOutputDirectory(), "META-INF", "services",
                "dev.mifty.runtime.MigrationManifest");
        if (!Files.isRegularFile(services)) {
            getLog().warn("No Mifty manifest in " + project.getBuild().getOutputDirectory()
                    + ": compile first (mvn compile mifty:" + goalName() + ")");
        }
    }

    private String goalName() {
        return command().replace("migration:", "").replace("schema:", "");
    }
}
