package dev.mifty.cli;

import dev.mifty.runtime.Environment;
import dev.mifty.runtime.MigrationManifest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the CLI reads from outside: environment variables, streams, working directory, and what an
 * embedding application hands it instead (manifest, class loader, clock, DataSource, environment, schema).
 */
record CliEnvironment(Map<String, String> env, PrintStream out, PrintStream err, Path workingDirectory,
                      MigrationManifest manifest, ClassLoader classLoader, Clock clock,
                      GivenDatabase database, Environment miftyEnvironment, String schema) {

    /** A DataSource given by the embedding application, and how messages name it. */
    record GivenDatabase(DataSource dataSource, String label) {
    }

    CliEnvironment {
        env = Map.copyOf(env);
    }

    CliEnvironment(Map<String, String> env, PrintStream out, PrintStream err, Path workingDirectory, Clock clock) {
        this(env, out, err, workingDirectory, null, null, clock, null, null, null);
    }

    String get(String name) {
        return env.get(name);
    }

    CliEnvironment withManifest(MigrationManifest manifest) {
        return new CliEnvironment(env, out, err, workingDirectory, manifest, classLoader, clock, database, miftyEnvironment, schema);
    }

    CliEnvironment withClassLoader(ClassLoader classLoader) {
        return new CliEnvironment(env, out, err, workingDirectory, manifest, classLoader, clock, database, miftyEnvironment, schema);
    }

    CliEnvironment withClock(Clock clock) {
        return new CliEnvironment(env, out, err, workingDirectory, manifest, classLoader, clock, database, miftyEnvironment, schema);
    }

    CliEnvironment withDatabase(GivenDatabase database) {
        return new CliEnvironment(env, out, err, workingDirectory, manifest, classLoader, clock, database, miftyEnvironment, schema);
    }

    CliEnvironment withMiftyEnvironment(Environment miftyEnvironment) {
        return new CliEnvironment(env, out, err, workingDirectory, manifest, classLoader, clock, database, miftyEnvironment, schema);
    }

    CliEnvironment withSchema(String schema) {
        return new CliEnvironment(env, out, err, workingDirectory, manifest, classLoader, clock, database, miftyEnvironment, schema);
    }

    /** This environment without the variable {@code name}. */
    CliEnvironment without(String name) {
        Map<String, String> fewer = new java.util.HashMap<>(env);
        fewer.remove(name);
        return new CliEnvironment(fewer, out, err, workingDirectory, manifest, classLoader, clock, database, miftyEnvironment, schema);
    }

    /** The given environment, else {@code MIFTY_ENV}. */
    Environment resolvedEnvironment() {
        return miftyEnvironment != null ? miftyEnvironment : Environment.parse(get("MIFTY_ENV"));
    }
}
