package dev.mifty.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn mifty:rollback}: Runs {@code down} of the newest applied migrations ({@code migration:rollback}). */
@Mojo(name = "rollback", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class RollbackMojo extends CliMojo {

    /** The N newest ({@code --steps}, default 1). */
    @Parameter(property = "mifty.steps")
    Integer steps;

    /** Every migration newer than this version ({@code --to}). */
    @Parameter(property = "mifty.to")
    String to;

    @Override
    protected String command() {
        return "migration:rollback";
    }

    @Override
    protected List<String> options() {
        List<String> args = new ArrayList<>();
        option(args, "steps", steps);
        option(args, "to", to);
        return args;
    }
}
