package dev.mifty.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn mifty:run}: Applies pending migrations ({@code migration:run}). */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class RunMojo extends CliMojo {

    /** Apply up to and including this version ({@code --to}). */
    @Parameter(property = "mifty.to")
    String to;

    /** Print the statements that would run; change nothing ({@code --dry-run}). */
    @Parameter(property = "mifty.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    protected String command() {
        return "migration:run";
    }

    @Override
    protected List<String> options() {
        List<String> args = new ArrayList<>();
        option(args, "to", to);
        if (dryRun) {
            args.add("--dry-run");
        }
        return args;
    }
}
