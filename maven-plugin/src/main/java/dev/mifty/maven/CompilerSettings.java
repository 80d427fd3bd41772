package dev.mifty.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What {@code mifty:check} takes from the project's maven-compiler-plugin configuration (plugin
 * level merged with the {@code default-compile} execution, already interpolated by Maven): the
 * {@code -A} options, the annotation processor path, the release and the generated-sources folder.
 *
 * @param processorOptions  every {@code -Akey=value} of {@code compilerArgs} / {@code compilerArgument}
 * @param processorPaths    the {@code annotationProcessorPaths}; empty when the processor comes from the classpath
 * @param release           {@code release} (or {@code maven.compiler.release}); null when not set
 * @param generatedSources  the folder the compiler writes generated sources into (never read by the check)
 */
record CompilerSettings(List<String> processorOptions, List<Coordinates> processorPaths, String release,
                        String generatedSources) {

    static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";

    /** One {@code <path>} of {@code annotationProcessorPaths}. */
    record Coordinates(String groupId, String artifactId, String version, String classifier, String type) {
    }

    static CompilerSettings of(MavenProject project) {
        Plugin plugin = project.getPlugin(COMPILER);
        List<Xpp3Dom> configs = new ArrayList<>();
        if (plugin != null) {
            if (plugin.getConfiguration() instanceof Xpp3Dom dom) {
                configs.add(dom);
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getId().equals("default-compile") && execution.getConfiguration() instanceof Xpp3Dom dom) {
                    configs.add(dom);
                }
            }
        }
        List<String> options = new ArrayList<>();
        List<Coordinates> paths = new ArrayList<>();
        String release = project.getProperties().getProperty("maven.compiler.release");
        String generated = project.getBuild().getDirectory() + "/generated-sources/annotations";
        for (Xpp3Dom config : configs) {
            Xpp3Dom args = config.getChild("compilerArgs");
            if (args != null) {
                options.clear();
                for (Xpp3Dom arg : args.getChildren()) {
                    addOption(options, arg.getValue());
                }
            }
            Xpp3Dom single = config.getChild("compilerArgument");
            if (single != null && single.getValue() != null) {
                for (String part : single.getValue().trim().split("\\s+")) {
                    addOption(options, part);
                }
            }
            Xpp3Dom processorPaths = config.getChild("annotationProcessorPaths");
            if (processorPaths != null) {
                paths.clear();
                for (Xpp3Dom path : processorPaths.getChildren()) {
                    paths.add(new Coordinates(text(path, "groupId"), text(path, "artifactId"), text(path, "version"),
                            text(path, "classifier"), text(path, "type")));
                }
            }
            String configuredRelease = text(config, "release");
            if (configuredRelease != null) {
                release = configuredRelease;
            }
            String configuredGenerated = text(config, "generatedSourcesDirectory");
            if (configuredGenerated != null) {
                generated = configuredGenerated;
            }
        }
        return new CompilerSettings(List.copyOf(options), List.copyOf(paths), release, generated);
    }

    private static void addOption(List<String> options, String value) {
        if (value != null && value.trim().startsWith("-A")) {
            options.add(value.trim());
        }
    }

    private static String text(Xpp3Dom parent, String name) {
        Xpp3Dom child = parent.getChild(name);
        return child == null || child.getValue() == null || child.getValue().isBlank() ? null : child.getValue().trim();
    }
}
