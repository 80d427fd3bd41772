package dev.mifty.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn mifty:diff}: Live database vs. the compiled model, as SQL or as a migration ({@code schema:diff}). */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DiffMojo extends CliMojo {

    /** Write the difference as a migration with this name ({@code --output}). */
    @Parameter(property = "mifty.output")
    String output;

    /** The migrations package ({@code --package}). */
    @Parameter(property = "mifty.package")
    String packageName;

    /** Source root for {@code --output} ({@code --source-dir}). */
    @Parameter(property = "mifty.sourceDir")
    String sourceDir;

    @Override
    protected String command() {
        return "schema:diff";
    }

    @Override
    protected List<String> options() {
        List<String> args = new ArrayList<>();
        option(args, "output", output);
        option(args, "package", packageName);
        option(args, "source-dir", sourceDir);
        return args;
    }
}
