package dev.mifty.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn mifty:create}: Writes a hand-written migration skeleton ({@code migration:create}). */
@Mojo(name = "create", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class CreateMojo extends CliMojo {

    /** What it does, e.g. {@code "create audit log"} (required). */
    @Parameter(property = "mifty.name")
    String name;

    /** {@code create}, {@code alter} (default) or {@code data} ({@code --type}). */
    @Parameter(property = "mifty.type")
    String type;

    /** The migrations package ({@code --package}). */
    @Parameter(property = "mifty.package")
    String packageName;

    /** Source root ({@code --source-dir}). */
    @Parameter(property = "mifty.sourceDir")
    String sourceDir;

    @Override
    protected String command() {
        return "migration:create";
    }

    @Override
    protected List<String> options() {
        List<String> args = new ArrayList<>();
        if (name != null) {
            args.add(name);
        }
        option(args, "type", type);
        option(args, "package", packageName);
        option(args, "source-dir", sourceDir);
        return args;
    }

    @Override
    protected boolean needsDatabase() {
        return false;
    }
}
