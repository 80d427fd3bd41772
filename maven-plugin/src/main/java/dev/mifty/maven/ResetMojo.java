package dev.mifty.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn mifty:reset}: Rolls back every applied migration, not in production ({@code migration:reset}). */
@Mojo(name = "reset", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class ResetMojo extends CliMojo {

    @Override
    protected String command() {
        return "migration:reset";
    }
}
