package dev.mifty.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn mifty:sync}: Applies the {@code schema:diff} statements directly, not in production ({@code schema:sync}). */
@Mojo(name = "sync", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class SyncMojo extends CliMojo {

    @Override
    protected String command() {
        return "schema:sync";
    }
}
