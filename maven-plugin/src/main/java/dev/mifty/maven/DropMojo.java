package dev.mifty.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn mifty:drop}: Drops every object of the schema, history included, not in production ({@code schema:drop}). */
@Mojo(name = "drop", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DropMojo extends CliMojo {

    @Override
    protected String command() {
        return "schema:drop";
    }
}
