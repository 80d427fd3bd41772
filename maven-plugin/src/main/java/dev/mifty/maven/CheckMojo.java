package dev.mifty.maven;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * {@code mvn mifty:check}: fails the build, printing the pending SQL, when the entities and the
 * committed snapshot and migrations disagree. It runs javac {@code -proc:only} with the Mifty
 * processor in check mode over the main sources and the compile classpath into a temporary folder,
 * so the answer never depends on what {@code target/} holds. The processor path and the
 * {@code -A} options are the project's maven-compiler-plugin configuration. Bound to {@code verify}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    private static final String PENDING = "[mifty:pending-changes]";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips the check. */
    @Parameter(property = "mifty.skip", defaultValue = "false")
    private boolean skip;

    @Component
    private RepositorySystem repositorySystem;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mifty:check skipped (mifty.skip)");
            return;
        }
        CompilerSettings settings = CompilerSettings.of(project);
        Path generated = Path.of(settings.generatedSources()).toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>();
        for (String root : project.getCompileSourceRoots()) {
            Path path = Path.of(root).toAbsolutePath().normalize();
            if (!path.startsWith(generated)) {
                roots.add(path);
            }
        }
        CheckCompilation.Outcome outcome;
        Path work = null;
        try {
            Path output = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
            List<String> classpath = new ArrayList<>();
            for (String element : project.getCompileClasspathElements()) {
                if (!Path.of(element).toAbsolutePath().normalize().equals(output)) {
                    classpath.add(element);
                }
            }
            List<String> processorPath = settings.processorPaths().isEmpty() ? List.of()
                    : ProcessorPath.resolve(repositorySystem, session, project, settings.processorPaths());
            String encoding = project.getProperties().getProperty("project.build.sourceEncoding");
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            work = Files.createTempDirectory("mifty-check");
            outcome = new CheckCompilation(project.getBasedir().toPath(), roots, classpath, processorPath,
                    settings.processorOptions(), settings.release(), charset).run(work);
        } catch (DependencyResolutionRequiredException | DependencyResolutionException | IOException
                 | IllegalArgumentException e) {
            throw new MojoExecutionException("mifty:check cannot run: " + e.getMessage(), e);
        } finally {
            delete(work);
        }
        report(outcome);
    }

    private void report(CheckCompilation.Outcome outcome) throws MojoFailureException {
        boolean pending = false;
        boolean processorRan = false;
        for (Diagnostic<? extends JavaFileObject> d : outcome.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            String where = d.getSource() == null ? "" : d.getSource().getName() + ":[" + d.getLineNumber() + ","
                    + d.getColumnNumber() + "] ";
            processorRan |= message.contains("[mifty");
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                pending |= message.contains(PENDING);
                getLog().error(where + message);
            } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                getLog().warn(where + message);
            }
        }
        if (!outcome.output().isBlank()) {
            getLog().info(outcome.output().strip());
        }
        if (pending) {
            throw new MojoFailureException("mifty:check: the entities and the committed snapshot/migrations disagree "
                    + "(pending SQL above): run mvn compile, review and commit the generated migration");
        }
        if (!outcome.success()) {
            throw new MojoFailureException("mifty:check failed: " + (processorRan ? "see the Mifty errors above"
                    : "javac could not process the sources (errors above)"));
        }
        getLog().info("mifty:check: the entities match the committed snapshot and migrations");
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the OS cleans it up
        }
    }
}
