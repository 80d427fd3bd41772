package dev.mifty.cli;

import dev.mifty.runtime.Environment;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.runtime.internal.db.Redactor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import picocli.CommandLine;

/**
 * The {@code mifty} command line. Run it on the application's classpath:
 * {@code java -cp <app classpath> dev.mifty.cli.Main migration:run}.
 *
 * <p>Everything it reads from outside comes in through the constructor (environment, streams,
 * working directory), so tests run it in-process.
 */
public final class Main {

    private final CliEnvironment environment;

    public Main(Map<String, String> env, PrintStream out, PrintStream err, Path workingDirectory) {
        this(new CliEnvironment(env, out, err, workingDirectory, Clock.systemUTC()));
    }

    private Main(CliEnvironment environment) {
        this.environment = environment;
    }

    /** Uses this manifest instead of the one found through {@link java.util.ServiceLoader} (tests, embedding). */
    public Main withManifest(MigrationManifest manifest) {
        return new Main(environment.withManifest(manifest));
    }

    /** Finds the manifest and its snapshot resource through this class loader. */
    public Main withClassLoader(ClassLoader classLoader) {
        return new Main(environment.withClassLoader(classLoader));
    }

    /** Takes versions of new migrations from this clock. */
    public Main withClock(Clock clock) {
        return new Main(environment.withClock(clock));
    }

    /**
     * Runs every command on this DataSource instead of {@code DATABASE_URL} or the embedded
     * PostgreSQL (e.g. a Spring Boot application's configured DataSource). Mifty does not close it.
     *
     * @param label how messages name the database, e.g. a URL without its password; never a secret
     */
    public Main withDataSource(DataSource dataSource, String label) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Main(environment.withDatabase(new CliEnvironment.GivenDatabase(dataSource,
                label == null || label.isBlank() ? "the configured DataSource" : label)));
    }

    /** Uses this environment instead of {@code MIFTY_ENV} (e.g. from a framework's active profiles). */
    public Main withEnvironment(Environment miftyEnvironment) {
        return new Main(environment.withMiftyEnvironment(Objects.requireNonNull(miftyEnvironment, "environment")));
    }

    /** Runs in this schema (where the history table lives, what {@code schema:*} compare) instead of {@code public}. */
    public Main withSchema(String schema) {
        return new Main(environment.withSchema(schema));
    }

    /**
     * The process entry point. Mifty owns the process here, so it keeps standard output for its
     * own output ({@link #claimStdout()}) and hushes SLF4J's own start-up warnings
     * ({@link #quietSlf4jWarnings()}).
     */
    public static void main(String[] args) {
        PrintStream stdout = claimStdout();
        quietSlf4jWarnings();
        int code = new Main(System.getenv(), stdout, System.err, Path.of("").toAbsolutePath()).run(args);
        stdout.flush();
        System.exit(code);
    }

    private static PrintStream claimedStdout;

    /**
     * Keeps the process's standard output for Mifty's own output and points {@link System#out} at
     * standard error, so that whatever a logging setup on the class path writes to the console
     * (Logback's and SLF4J-simple's console appenders, {@code System.out.println}) lands on stderr
     * and {@code --json} stays pure JSON. Call it first, before any logging starts, in a process
     * that runs a Mifty command (e.g. a Spring Boot application started only to run one). Returns
     * the original standard output; later calls return the same stream.
     */
    public static synchronized PrintStream claimStdout() {
        if (claimedStdout == null) {
            claimedStdout = System.out;
            System.setOut(System.err);
        }
        return claimedStdout;
    }

    /**
     * Sets {@code slf4j.internal.verbosity=ERROR} unless it is set: SLF4J 2 then keeps its
     * "No SLF4J providers were found" lines to itself (its loggers stay silent, as without a
     * provider anyway). Only for processes Mifty owns; an application's logging setup is its own.
     */
    public static void quietSlf4jWarnings() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    /** Runs one command; returns the exit code: 0 success, 1 failure, 2 usage error. */
    public int run(String... args) {
        RootCommand root = new RootCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(new java.io.PrintWriter(environment.out(), true));
        commandLine.setErr(new java.io.PrintWriter(environment.err(), true));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, root));
        commandLine.setParameterExceptionHandler((e, params) -> {
            environment.err().println("error: " + e.getMessage());
            e.getCommandLine().usage(environment.err());
            return CommandLine.ExitCode.USAGE;
        });
        try {
            return commandLine.execute(args);
        } finally {
            environment.out().flush();
            environment.err().flush();
        }
    }

    private int failed(Exception e, RootCommand root) {
        Redactor redactor = root.redactor();
        if (e instanceof MiftyException m) {
            environment.err().println("error: " + redactor.redact(m.getMessage()));
            if (root.verbose()) {
                printStack(e, redactor);
            }
            return m.code().exitCode();
        }
        environment.err().println("error: " + redactor.redact(e.getClass().getSimpleName() + ": " + e.getMessage())
                + (root.verbose() ? "" : " (run with --verbose for details)"));
        if (root.verbose()) {
            printStack(e, redactor);
        }
        return 1;
    }

    private void printStack(Exception e, Redactor redactor) {
        java.io.StringWriter text = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(text));
        environment.err().print(redactor.redact(text.toString()));
    }
}
