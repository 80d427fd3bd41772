package dev.mifty.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.util.artifact.JavaScopes;

/** Resolves {@code annotationProcessorPaths} (with their dependencies) as maven-compiler-plugin does. */
final class ProcessorPath {

    private ProcessorPath() {
    }

    static List<String> resolve(RepositorySystem system, MavenSession session, MavenProject project,
                                List<CompilerSettings.Coordinates> paths) throws DependencyResolutionException {
        CollectRequest request = new CollectRequest();
        request.setRepositories(project.getRemoteProjectRepositories());
        for (CompilerSettings.Coordinates path : paths) {
            String version = path.version() != null ? path.version() : managedVersion(project, path);
            if (version == null) {
                throw new IllegalArgumentException("annotationProcessorPaths: " + path.groupId() + ":" + path.artifactId()
                        + " has no version (and none in dependencyManagement)");
            }
            request.addDependency(new org.eclipse.aether.graph.Dependency(new DefaultArtifact(path.groupId(),
                    path.artifactId(), path.classifier() == null ? "" : path.classifier(),
                    path.type() == null ? "jar" : path.type(), version), JavaScopes.RUNTIME));
        }
        List<String> files = new ArrayList<>();
        for (ArtifactResult result : system.resolveDependencies(session.getRepositorySession(),
                new DependencyRequest(request, null)).getArtifactResults()) {
            File file = result.getArtifact().getFile();
            files.add(file.getAbsolutePath());
        }
        return files;
    }

    private static String managedVersion(MavenProject project, CompilerSettings.Coordinates path) {
        if (project.getDependencyManagement() == null) {
            return null;
        }
        for (Dependency d : project.getDependencyManagement().getDependencies()) {
            if (d.getGroupId().equals(path.groupId()) && d.getArtifactId().equals(path.artifactId())) {
                return d.getVersion();
            }
        }
        return null;
    }
}
