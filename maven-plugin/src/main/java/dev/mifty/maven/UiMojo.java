package dev.mifty.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * {@code mvn mifty:ui}: the visual designer on this project, with its sources (entity editing and
 * "Generate migration" through javac and Mifty's processor), its compile classpath and the
 * {@code -A} options of its maven-compiler-plugin configuration. Serves until Ctrl-C.
 *
 * <p>The designer ({@code dev.mifty:mifty-designer} of this plugin's version) is resolved here and
 * put after the project's runtime classpath; the project's {@code target/classes} is left out,
 * because the designer compiles the sources itself (into {@code target/mifty-designer/classes}).
 */
@Mojo(name = "ui", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class UiMojo extends CliMojo {

    /** Port of the designer (0: any free port). */
    @Parameter(property = "mifty.port", defaultValue = "3001")
    int port;

    /** Address to bind; the default is this machine only. */
    @Parameter(property = "mifty.host", defaultValue = "127.0.0.1")
    String host;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    RepositorySystemSession repositorySession;

    @Component
    RepositorySystem repositorySystem;

    @Override
    protected String command() {
        return "ui";
    }

    @Override
    protected List<String> options() {
        List<String> args = new ArrayList<>();
        option(args, "port", port);
        option(args, "host", host);
        option(args, "project-dir", project.getBasedir());
        for (String root : project.getCompileSourceRoots()) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir) && !dir.startsWith(Path.of(project.getBuild().getDirectory()))) {
                option(args, "sources", dir);
            }
        }
        try {
            option(args, "classpath", String.join(File.pathSeparator, withoutOutput(project.getCompileClasspathElements())));
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException(e);
        }
        for (String processorOption : processorOptions()) {
            args.add(processorOption);
        }
        return args;
    }

    @Override
    protected List<String> classpathElements() throws DependencyResolutionRequiredException, MojoExecutionException {
        List<String> elements = withoutOutput(project.getRuntimeClasspathElements());
        elements.addAll(designer());
        return elements;
    }

    @Override
    protected boolean needsCompiledClasses() {
        return false;
    }

    /** {@code mifty-designer} and its runtime dependencies, as files. */
    private List<String> designer() throws MojoExecutionException {
        DefaultArtifact artifact = new DefaultArtifact("dev.mifty", "mifty-designer", "jar", plugin.getVersion());
        CollectRequest collect = new CollectRequest(new Dependency(artifact, "runtime"), project.getRemoteProjectRepositories());
        try {
            List<String> files = new ArrayList<>();
            for (ArtifactResult result : repositorySystem.resolveDependencies(repositorySession,
                    new DependencyRequest(collect, null)).getArtifactResults()) {
                files.add(result.getArtifact().getFile().getAbsolutePath());
            }
            return files;
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("cannot resolve " + artifact + " for mifty:ui: " + e.getMessage(), e);
        }
    }

    /** The {@code -Akey=value} entries of maven-compiler-plugin's {@code compilerArgs}. */
    private List<String> processorOptions() {
        List<String> options = new ArrayList<>();
        for (Plugin p : project.getBuildPlugins()) {
            if (!p.getArtifactId().equals("maven-compiler-plugin") || !(p.getConfiguration() instanceof Xpp3Dom config)) {
                continue;
            }
            Xpp3Dom args = config.getChild("compilerArgs");
            if (args == null) {
                continue;
            }
            for (Xpp3Dom arg : args.getChildren()) {
                String value = arg.getValue() == null ? "" : arg.getValue().strip();
                if (value.startsWith("-A") && value.contains("=")) {
                    options.add(value);
                }
            }
        }
        return options;
    }

    private List<String> withoutOutput(List<String> elements) {
        Path output = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
        List<String> kept = new ArrayList<>();
        for (String element : elements) {
            if (!Path.of(element).toAbsolutePath().normalize().equals(output)) {
                kept.add(element);
            }
        }
        return kept;
    }
}
