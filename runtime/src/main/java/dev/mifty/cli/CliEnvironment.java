package dev.mifty.cli;

import dev.mifty.runtime.MigrationManifest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** What the CLI reads from outside: environment variables, streams, working directory. */
record CliEnvironment(Map<String, String> env, PrintStream out, PrintStream err, Path workingDirectory,
                      MigrationManifest manifest, ClassLoader classLoader, Clock clock) {

    CliEnvironment {
        env = Map.copyOf(env);
    }

    String get(String name) {
        return env.get(name);
    }

    CliEnvironment withManifest(MigrationManifest manifest) {
        return new CliEnvironment(env, out, err, workingDirectory, manifest, classLoader, clock);
    }

    CliEnvironment withClassLoader(ClassLoader classLoader) {
        return new CliEnvironment(env, out, err, workingDirectory, manifest, classLoader, clock);
    }

    CliEnvironment withClock(Clock clock) {
        return new CliEnvironment(env, out, err, workingDirectory, manifest, classLoader, clock);
    }
}
