package dev.mifty.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn mifty:status}: Every migration and its state ({@code migration:status}). */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class StatusMojo extends CliMojo {

    /** A JSON array for tools ({@code --json}). */
    @Parameter(property = "mifty.json", defaultValue = "false")
    boolean json;

    @Override
    protected String command() {
        return "migration:status";
    }

    @Override
    protected List<String> options() {
        return json ? List.of("--json") : List.of();
    }
}
