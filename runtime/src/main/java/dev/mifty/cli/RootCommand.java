package dev.mifty.cli;

import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MiftyDatabase;
import dev.mifty.runtime.internal.db.DatabaseUrl;
import dev.mifty.runtime.internal.db.Redactor;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code mifty}: the global options and how a command gets its {@link Mifty}. */
@Command(name = "mifty", version = "mifty 0.1.0",
        description = "Applies, rolls back and inspects the migrations of a Mifty application on PostgreSQL.",
        subcommands = {
            MigrationCommands.Create.class, MigrationCommands.Run.class, MigrationCommands.StatusCommand.class,
            MigrationCommands.RollbackCommand.class, MigrationCommands.Reset.class, MigrationCommands.ResolveCommand.class, BaselineCommand.class,
            MigrationCommands.SquashCommand.class,
            SchemaCommands.DiffCommand.class, SchemaCommands.SyncCommand.class, SchemaCommands.DropCommand.class,
            UiCommand.class
        })
final class RootCommand implements java.util.concurrent.Callable<Integer> {

    final CliEnvironment environment;
    private Redactor redactor = Redactor.none();

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Log each step (like DEBUG=mifty:migration); stack traces on errors.")
    boolean verboseFlag;

    @Option(names = "--ignore-unknown", scope = ScopeType.INHERIT,
            description = "Go on when the database has applied versions this application does not know.")
    boolean ignoreUnknown;

    @picocli.CommandLine.Mixin
    ProductionOptions production = new ProductionOptions();

    RootCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        environment.err().println("error: a command is required");
        new picocli.CommandLine(this).usage(environment.err());
        return picocli.CommandLine.ExitCode.USAGE;
    }

    boolean verbose() {
        if (verboseFlag) {
            return true;
        }
        String debug = environment.get("DEBUG");
        if (debug == null) {
            return false;
        }
        for (String part : debug.split("[,\\s]+")) {
            if (part.equals("mifty:migration") || part.equals("mifty:*") || part.equals("*")) {
                return true;
            }
        }
        return false;
    }

    boolean logSql() {
        String value = environment.get("MIFTY_LOG_SQL");
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }

    Redactor redactor() {
        return redactor;
    }

    CliLog log() {
        return new CliLog(environment.out(), environment.err(), verbose(), logSql());
    }

    /** A Mifty without a database (for {@code migration:create}). */
    Mifty offline() {
        return builder().load();
    }

    /**
     * Runs {@code action} with a Mifty on the DataSource the embedding application gave, else on
     * {@code DATABASE_URL}, else on the embedded PostgreSQL under {@code .mifty/}.
     */
    <T> T withDatabase(java.util.function.Function<Mifty, T> action) {
        CliEnvironment.GivenDatabase given = environment.database();
        if (given != null) {
            try (Mifty mifty = builder().dataSource(given.dataSource()).databaseLabel(given.label()).load()) {
                return action.apply(mifty);
            }
        }
        String url = environment.get("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            redactor = redactor.with(DatabaseUrl.parse(url).password());
            try (Mifty mifty = builder().url(url).load()) {
                return action.apply(mifty);
            }
        }
        try (MiftyDatabase embedded = MiftyDatabase.fromEnvironment(
                environment.env(), environment.workingDirectory(), environment.err());
             Mifty mifty = builder().dataSource(embedded.dataSource()).databaseLabel(embedded.label()).load()) {
            return action.apply(mifty);
        }
    }

    private Mifty.Builder builder() {
        Mifty.Builder builder = Mifty.configure()
                .environment(environment.resolvedEnvironment())
                .ignoreUnknown(ignoreUnknown)
                .logSql(logSql())
                .log(log())
                .clock(environment.clock());
        if (environment.schema() != null) {
            builder.schema(environment.schema()); // Main.withSchema: over MIFTY_SCHEMA, under --schema
        }
        production.apply(builder, environment.schema() == null ? environment : environment.without("MIFTY_SCHEMA"));
        if (environment.manifest() != null) {
            builder.manifest(environment.manifest());
        }
        if (environment.classLoader() != null) {
            builder.classLoader(environment.classLoader());
        }
        return builder;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
