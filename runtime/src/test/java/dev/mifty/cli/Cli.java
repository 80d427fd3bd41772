package dev.mifty.cli;

import dev.mifty.runtime.MigrationManifest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs {@link Main} in-process with captured output and a given environment. */
public final class Cli {

    private final Map<String, String> env = new HashMap<>();
    private Path workingDirectory = Path.of("").toAbsolutePath();
    private MigrationManifest manifest;
    private Clock clock;
    private ClassLoader classLoader;
    private javax.sql.DataSource dataSource;
    private String dataSourceLabel;
    private dev.mifty.runtime.Environment miftyEnvironment;
    private String schema;

    /** Runs on this DataSource ({@link Main#withDataSource}). */
    public Cli dataSource(javax.sql.DataSource dataSource, String label) {
        this.dataSource = dataSource;
        this.dataSourceLabel = label;
        return this;
    }

    /** {@link Main#withEnvironment}. */
    public Cli environment(dev.mifty.runtime.Environment environment) {
        this.miftyEnvironment = environment;
        return this;
    }

    /** {@link Main#withSchema}. */
    public Cli schema(String schema) {
        this.schema = schema;
        return this;
    }

    public Cli classLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
        return this;
    }

    public static Cli on(String databaseUrl) {
        Cli cli = new Cli();
        if (databaseUrl != null) {
            cli.env.put("DATABASE_URL", databaseUrl);
        }
        return cli;
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Cli in(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    public Cli manifest(MigrationManifest manifest) {
        this.manifest = manifest;
        return this;
    }

    public Cli clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory);
        if (manifest != null) {
            main = main.withManifest(manifest);
        }
        if (classLoader != null) {
            main = main.withClassLoader(classLoader);
        }
        if (clock != null) {
            main = main.withClock(clock);
        }
        if (dataSource != null) {
            main = main.withDataSource(dataSource, dataSourceLabel);
        }
        if (miftyEnvironment != null) {
            main = main.withEnvironment(miftyEnvironment);
        }
        if (schema != null) {
            main = main.withSchema(schema);
        }
        int code = main.run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public record Result(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
