package dev.mifty.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn mifty:baseline}: marks the migrations of an existing database applied ({@code migration:baseline}). */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class BaselineMojo extends CliMojo {

    /** Mark migrations up to and including this version ({@code --to}; default all). */
    @Parameter(property = "mifty.to")
    String to;

    /** Keep the database's constraint and index names ({@code --adopt-names}). */
    @Parameter(property = "mifty.adoptNames", defaultValue = "false")
    boolean adoptNames;

    /** Mark them even though the database differs from the model ({@code --force}). */
    @Parameter(property = "mifty.force", defaultValue = "false")
    boolean force;

    /** Report only ({@code --dry-run}). */
    @Parameter(property = "mifty.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    protected String command() {
        return "migration:baseline";
    }

    @Override
    protected List<String> options() {
        List<String> args = new ArrayList<>();
        option(args, "to", to);
        if (adoptNames) {
            args.add("--adopt-names");
        }
        if (force) {
            args.add("--force");
        }
        if (dryRun) {
            args.add("--dry-run");
        }
        return args;
    }
}
