package dev.mifty.designer.workspace;

import dev.mifty.runtime.Environment;
import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MigrationManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/**
 * What every view and action works on: the database (as a DataSource and its password-free label),
 * the environment, and the application's classes (the manifest and the compiled model). In design
 * mode the classes are the designer's own compilation of the project's sources, replaced after
 * every "Generate migration"; otherwise they are fixed (the classpath the CLI runs on).
 */
public final class Workspace {

    private final DataSource dataSource;
    private final String databaseLabel;
    private final Environment environment;
    private final String schema;
    private final Project project;
    private final Path migrationSourceDir;
    private ClassLoader applicationLoader;

    private Workspace(DataSource dataSource, String databaseLabel, Environment environment, String schema,
                      Project project, Path migrationSourceDir, ClassLoader applicationLoader) {
        this.dataSource = dataSource;
        this.databaseLabel = databaseLabel;
        this.environment = environment;
        this.schema = schema;
        this.project = project;
        this.migrationSourceDir = migrationSourceDir;
        this.applicationLoader = applicationLoader;
    }

    /** The CLI case: the application's classes are on {@code loader}; {@code sourceDir} (may be null) holds migration sources. */
    public static Workspace ofClasspath(DataSource dataSource, String label, Environment environment, String schema,
                                        ClassLoader loader, Path sourceDir) {
        return new Workspace(dataSource, label, environment, schema, null, sourceDir, loader);
    }

    /** Design mode: compiles {@code project} once (processor mode {@code off}: nothing is generated) to load its model. */
    public static Workspace ofProject(DataSource dataSource, String label, Environment environment, String schema,
                                      Project project) {
        Workspace workspace = new Workspace(dataSource, label, environment, schema, project, project.mainSourceRoot(), null);
        CompileResult first = workspace.compile("off", null);
        if (!first.success()) {
            throw new IllegalStateException("the project's sources do not compile:\n  "
                    + String.join("\n  ", first.messages()));
        }
        return workspace;
    }

    public Environment environment() {
        return environment;
    }

    /** True in production: the page is read-only and every action is refused. */
    public boolean readOnly() {
        return environment == Environment.PRODUCTION;
    }

    /** The database as messages name it; never a password. */
    public String databaseLabel() {
        return databaseLabel;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Optional<Project> project() {
        return Optional.ofNullable(project);
    }

    /** Where migration sources are (read for the migrations view, written by "Generate migration" from drift); may be null. */
    public Path migrationSourceDir() {
        return migrationSourceDir;
    }

    public synchronized ClassLoader applicationLoader() {
        return applicationLoader;
    }

    /** A facade on the workspace's database and classes; cheap, one per request. */
    public Mifty mifty() {
        Mifty.Builder builder = Mifty.configure().dataSource(dataSource).databaseLabel(databaseLabel)
                .environment(environment).classLoader(applicationLoader());
        if (schema != null) {
            builder.schema(schema);
        }
        return builder.load();
    }

    /** The application's manifest, or empty when none is on its classpath (not compiled with Mifty's processor). */
    public Optional<MigrationManifest> manifest() {
        ClassLoader loader = applicationLoader();
        // the processor's manifest resource (META-INF/mifty/migrations), else a ServiceLoader manifest
        if (loader.getResource(dev.mifty.schema.source.ManifestFile.RESOURCE) != null) {
            return Optional.of(dev.mifty.runtime.internal.manifest.ManifestLoader.load(loader));
        }
        for (MigrationManifest manifest : ServiceLoader.load(MigrationManifest.class, loader)) {
            return Optional.of(manifest);
        }
        return Optional.empty();
    }

    /**
     * Design mode only: compiles the sources again ({@code mode} {@code generate} writes the
     * migration a build would write) and, when it compiles, switches to the new classes.
     */
    public synchronized CompileResult compile(String mode, String name) {
        if (project == null) {
            throw new IllegalStateException("not in design mode: start the designer with the project's sources");
        }
        CompileResult result = new ProjectCompiler(project).compile(mode, name);
        if (result.success()) {
            ClassLoader previous = applicationLoader;
            applicationLoader = loaderOf(project);
            if (previous instanceof URLClassLoader old) {
                try {
                    old.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return result;
    }

    private static ClassLoader loaderOf(Project project) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(project.outputDir().toUri().toURL());
            for (Path entry : project.classpath()) {
                urls.add(entry.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        // Parent first: Mifty's own API (MigrationManifest, Migration) must be the designer's classes.
        return new URLClassLoader("mifty-designer-project", urls.toArray(URL[]::new), Workspace.class.getClassLoader());
    }
}
