package dev.mifty.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn mifty:squash -Dmifty.to=VERSION}: writes one migration that replaces every migration
 * up to {@code VERSION} ({@code migration:squash}); the migrations are replayed on a scratch
 * database created beside the configured one.
 */
@Mojo(name = "squash", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class SquashMojo extends CliMojo {

    /** The last migration the squash replaces ({@code --to}, required). */
    @Parameter(property = "mifty.to")
    String to;

    /** The squash's name ({@code --name}; default {@code squashed_to_VERSION}). */
    @Parameter(property = "mifty.name")
    String name;

    /** The migrations package ({@code --package}). */
    @Parameter(property = "mifty.package")
    String packageName;

    /** Source root ({@code --source-dir}). */
    @Parameter(property = "mifty.sourceDir")
    String sourceDir;

    @Override
    protected String command() {
        return "migration:squash";
    }

    @Override
    protected List<String> options() {
        List<String> args = new ArrayList<>();
        option(args, "to", to);
        option(args, "name", name);
        option(args, "package", packageName);
        option(args, "source-dir", sourceDir);
        return args;
    }
}
