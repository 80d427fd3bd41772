package dev.mifty.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn mifty:resolve}: Marks a migration applied or not without running it ({@code migration:resolve}). */
@Mojo(name = "resolve", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class ResolveMojo extends CliMojo {

    /** The migration's name, version, version_name or class ({@code --name}). */
    @Parameter(property = "mifty.name")
    String name;

    /** {@code up} (mark applied) or {@code down} (mark not applied) ({@code --as}). */
    @Parameter(property = "mifty.as")
    String as;

    @Override
    protected String command() {
        return "migration:resolve";
    }

    @Override
    protected List<String> options() {
        List<String> args = new ArrayList<>();
        option(args, "name", name);
        option(args, "as", as);
        return args;
    }
}
