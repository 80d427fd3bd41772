package dev.mifty.runtime;

import dev.mifty.runtime.internal.command.Baseline;
import dev.mifty.runtime.internal.command.CommandContext;
import dev.mifty.runtime.internal.command.CreateMigration;
import dev.mifty.runtime.internal.command.Diff;
import dev.mifty.runtime.internal.command.Drop;
import dev.mifty.runtime.internal.command.Failures;
import dev.mifty.runtime.internal.command.Migrate;
import dev.mifty.runtime.internal.command.Resolve;
import dev.mifty.runtime.internal.command.Squash;
import dev.mifty.runtime.internal.command.Rollback;
import dev.mifty.runtime.internal.command.Settings;
import dev.mifty.runtime.internal.command.Status;
import dev.mifty.runtime.internal.command.Sync;
import dev.mifty.runtime.internal.command.Validate;
import dev.mifty.runtime.internal.db.DatabaseUrl;
import dev.mifty.runtime.internal.db.DirectDataSources;
import dev.mifty.runtime.internal.db.Redactor;
import dev.mifty.runtime.internal.lock.LockPolicy;
import dev.mifty.runtime.internal.manifest.ManifestLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Applies, rolls back and inspects the migrations of the application's manifest.
 *
 * <pre>{@code
 * try (Mifty mifty = Mifty.configure().dataSource(dataSource).load()) {
 *     mifty.migrate();
 * }
 * }</pre>
 *
 * Every method takes the PostgreSQL advisory lock for its whole run and throws
 * {@link MiftyException} (with an {@link ErrorCode}) on failure; messages never contain passwords.
 */
public final class Mifty implements AutoCloseable {

    private final CommandContext ctx;
    private final Redactor redactor;
    private final Clock clock;
    private final boolean autoRun;

    private Mifty(CommandContext ctx, Redactor redactor, Clock clock, boolean autoRun) {
        this.ctx = ctx;
        this.redactor = redactor;
        this.clock = clock;
        this.autoRun = autoRun;
    }

    public static Builder configure() {
        return new Builder();
    }

    /** Applies every pending migration. */
    public List<MigrationInfo> migrate() {
        return migrate(null);
    }

    /** Applies pending migrations up to and including {@code version} (null: all). */
    public List<MigrationInfo> migrate(String version) {
        return guarded(() -> new Migrate(ctx).run(version));
    }

    /**
     * What an application does at start-up: with {@link Builder#autoRun auto-run} on (the default)
     * {@link #migrate()}; with it off for this environment {@link #validateNoPending()}, which
     * applies nothing and fails listing the pending migrations. Returns what was applied.
     */
    public List<MigrationInfo> migrateOnStartup() {
        return migrateOnStartup(null);
    }

    /** {@link #migrateOnStartup()} up to and including {@code version} (null: all); later ones may stay pending. */
    public List<MigrationInfo> migrateOnStartup(String version) {
        if (autoRun) {
            return migrate(version);
        }
        validateNoPending(version);
        return List.of();
    }

    /**
     * Validates the history against the code (as {@link #migrate()} does before it runs) and fails
     * with {@link ErrorCode#PENDING}, naming them, when migrations are pending; applies nothing.
     * Returns the status of every migration.
     */
    public List<MigrationInfo> validateNoPending() {
        return validateNoPending(null);
    }

    /** {@link #validateNoPending()} for the migrations up to and including {@code version} (null: all). */
    public List<MigrationInfo> validateNoPending(String version) {
        return guarded(() -> new Validate(ctx).noPending(autoRun, version));
    }

    /** Whether {@link #migrateOnStartup()} applies pending migrations in this environment. */
    public boolean autoRun() {
        return autoRun;
    }

    /** The environment the migrations see ({@link MigrationContext#environment()}). */
    public Environment environment() {
        return ctx.settings().environment();
    }

    /** What {@link #migrate()} would execute, in order; changes nothing. */
    public List<PlannedMigration> dryRun() {
        return dryRun(null);
    }

    public List<PlannedMigration> dryRun(String version) {
        return guarded(() -> new Migrate(ctx).dryRun(version));
    }

    /** Every migration of the manifest and of the history, in version order. */
    public List<MigrationInfo> status() {
        return guarded(() -> new Status(ctx).run());
    }

    /** Rolls back the newest {@code steps} applied migrations; returns them, newest first. */
    public List<MigrationInfo> rollback(int steps) {
        return guarded(() -> new Rollback(ctx).steps(steps));
    }

    /** Rolls back every applied migration newer than {@code version}. */
    public List<MigrationInfo> rollbackTo(String version) {
        return guarded(() -> new Rollback(ctx).to(version));
    }

    /** Rolls back every applied migration. Dev-only. */
    public List<MigrationInfo> reset() {
        return guarded(() -> {
            ctx.requireNonProduction("migration:reset");
            return new Rollback(ctx).all();
        });
    }

    /** Marks a migration (by name, version or {@code version_name}) applied or not, without running it. */
    public MigrationInfo resolve(String name, Direction as) {
        return guarded(() -> new Resolve(ctx).run(name, as));
    }

    /**
     * Takes over an existing database: compares it with the model (constraints named by another
     * convention are matched by definition and renamed to the model's names, or kept with
     * {@code adoptNames}), then marks the migrations up to {@code version} (null: all) applied
     * without running them. Refuses when the database already has Mifty migrations, or, at the
     * newest version, when it differs from the model (unless {@code force}). Flyway's and
     * Liquibase's history tables are left alone.
     */
    public BaselineReport baseline(String version, boolean adoptNames, boolean force, boolean dryRun) {
        return guarded(() -> new Baseline(ctx).run(version, adoptNames, force, dryRun));
    }

    /** Compares the live database with the compiled model. */
    public SchemaDiff diff() {
        return guarded(() -> new Diff(ctx).run());
    }

    /** Writes the diff as a migration source {@code V<now>_<Name>.java} into {@code sourceDir}; null when in sync. */
    public Path writeDiffMigration(String name, Path sourceDir, String packageName) {
        return guarded(() -> new Diff(ctx).write(name, sourceDir, packageName, clock));
    }

    /**
     * Writes a squash ({@code migration:squash --to=VERSION}): one generated migration, version
     * {@code VERSION.1}, that creates the schema as it stands after {@code version} and replaces
     * every migration up to it; {@code name} null means {@code squashed_to_VERSION}. The
     * migrations run on a scratch database created beside this one (and dropped); this database
     * is not changed. Returns the file.
     */
    public Path squash(String version, String name, Path sourceDir, String packageName) {
        return guarded(() -> new Squash(ctx).write(version, name, sourceDir, packageName));
    }

    /** Applies the diff directly, without a migration. Dev-only. */
    public SchemaDiff sync() {
        return guarded(() -> {
            ctx.requireNonProduction("schema:sync");
            return new Sync(ctx).run();
        });
    }

    /** Drops every object of the schema, the history table included. Dev-only. Returns what was dropped. */
    public List<String> drop() {
        return guarded(() -> {
            ctx.requireNonProduction("schema:drop");
            return new Drop(ctx).run();
        });
    }

    /**
     * Writes a hand-written migration skeleton into {@code sourceDir}; {@code packageName} null means
     * the manifest's package. Needs no database.
     */
    public Path createMigration(String name, MigrationType type, Path sourceDir, String packageName) {
        return guarded(() -> new CreateMigration(ctx, clock).write(name, type, sourceDir, packageName));
    }

    /**
     * Nothing to release today: for a URL Mifty uses the driver's DataSource without a pool, and a
     * DataSource it was given stays the caller's. Kept so callers close it, as a later version may hold resources.
     */
    @Override
    public void close() {
    }

    private <T> T guarded(Supplier<T> command) {
        try {
            return command.get();
        } catch (MiftyException e) {
            String message = redactor.redact(e.getMessage());
            return rethrow(message.equals(e.getMessage()) ? e : new MiftyException(e.code(), message, e.getCause()));
        } catch (RuntimeException e) {
            throw new MiftyException(ErrorCode.DATABASE, redactor.redact(Failures.wrap(e).getMessage()), e);
        }
    }

    private static <T> T rethrow(MiftyException e) {
        throw e;
    }

    /** Options; all optional except the database. */
    public static final class Builder {
        private DataSource dataSource;
        private DatabaseUrl url;
        private String databaseLabel;
        private String schema = "public";
        private List<String> schemas = List.of();
        private Duration statementLockTimeout = LockPolicy.DEFAULT_TIMEOUT;
        private int lockRetries = LockPolicy.DEFAULT_RETRIES;
        private boolean sessionPooler;
        private boolean schemaGiven;
        private String historyTable = "mifty_schema_history";
        private Duration lockTimeout = Duration.ofMinutes(10);
        private Environment environment = Environment.DEVELOPMENT;
        private final EnumMap<Environment, Boolean> autoRun = new EnumMap<>(Environment.class);
        private boolean ignoreUnknown;
        private boolean logSql;
        private MiftyLog log = MiftyLog.silent();
        private MigrationManifest manifest;
        private ClassLoader classLoader;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The database, e.g. the application's pool. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /** {@code jdbc:postgresql://...} or {@code postgres://user:pass@host:port/db}; Mifty connects with the driver's DataSource (no pool). */
        public Builder url(String url) {
            this.url = DatabaseUrl.parse(url);
            return this;
        }

        /** How the database is named in messages (default: the masked URL). */
        public Builder databaseLabel(String label) {
            this.databaseLabel = label;
            return this;
        }

        /**
         * The schema of the model and of the history table (default {@code public}). While a command
         * runs it is also first on the session's {@code search_path}, so the migrations' unqualified
         * names land there (as Flyway's default schema).
         */
        public Builder schema(String schema) {
            this.schema = schema;
            this.schemas = List.of();
            this.schemaGiven = true;
            return this;
        }

        /**
         * Several schemas: the model's tables live in all of them ({@code schema:diff} introspects
         * each); the history table goes to the first.
         */
        public Builder schemas(List<String> schemas) {
            if (schemas == null || schemas.isEmpty()) {
                throw new IllegalArgumentException("give at least one schema");
            }
            this.schema = schemas.get(0);
            this.schemas = List.copyOf(schemas);
            this.schemaGiven = true;
            return this;
        }

        /**
         * How long each migration statement may wait for a table lock (PostgreSQL {@code lock_timeout},
         * default 5 s); a migration may choose its own with {@link Migration#lockTimeout()}.
         */
        public Builder statementLockTimeout(Duration timeout) {
            this.statementLockTimeout = timeout;
            return this;
        }

        /** How many times a migration that hit its lock timeout is rolled back and tried again (default 3). */
        public Builder lockRetries(int retries) {
            this.lockRetries = retries;
            return this;
        }

        /**
         * The connection goes through a PgBouncer in {@code pool_mode=session} (where session
         * advisory locks work): without it, Mifty refuses a connection it sees going through a pooler.
         */
        public Builder sessionPooler(boolean sessionPooler) {
            this.sessionPooler = sessionPooler;
            return this;
        }

        public Builder historyTable(String historyTable) {
            this.historyTable = historyTable;
            return this;
        }

        /**
         * How long to wait for another run's migration lock (default 10 minutes); not the
         * statements' table-lock timeout, see {@link #statementLockTimeout}.
         */
        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
            return this;
        }

        public Builder environment(Environment environment) {
            this.environment = environment;
            return this;
        }

        /**
         * Whether {@link Mifty#migrateOnStartup()} applies pending migrations (default: true in every
         * environment); false makes start-up validate and fail listing them.
         */
        public Builder autoRun(boolean autoRun) {
            for (Environment each : Environment.values()) {
                this.autoRun.put(each, autoRun);
            }
            return this;
        }

        /** {@link #autoRun(boolean)} for one environment only, e.g. {@code autoRun(Environment.PRODUCTION, false)}. */
        public Builder autoRun(Environment environment, boolean autoRun) {
            this.autoRun.put(environment, autoRun);
            return this;
        }

        /** Go on when the database has applied versions this manifest does not know (default: refuse). */
        public Builder ignoreUnknown(boolean ignoreUnknown) {
            this.ignoreUnknown = ignoreUnknown;
            return this;
        }

        /** Send every statement to {@link MiftyLog#sql}. */
        public Builder logSql(boolean logSql) {
            this.logSql = logSql;
            return this;
        }

        public Builder log(MiftyLog log) {
            this.log = log;
            return this;
        }

        /** Use this manifest instead of the one {@link java.util.ServiceLoader} finds. */
        public Builder manifest(MigrationManifest manifest) {
            this.manifest = manifest;
            return this;
        }

        /**
         * Where {@link java.util.ServiceLoader} looks for the manifest and where its snapshot resource
         * is read (default: the thread's context loader, and the manifest's own loader for the snapshot).
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /** The clock versions of new migrations are taken from (UTC). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Mifty load() {
            Redactor redactor = url == null ? Redactor.none() : Redactor.none().with(url.password());
            DataSource source = dataSource;
            String label = databaseLabel;
            if (source == null && url != null) {
                source = DirectDataSources.open(url);
            }
            if (label == null) {
                label = url != null ? url.display() : "the configured DataSource";
            }
            MigrationManifest fixed = manifest;
            ClassLoader loader = classLoader != null ? classLoader
                    : Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : Mifty.class.getClassLoader();
            Supplier<MigrationManifest> manifests = fixed != null ? () -> fixed : () -> ManifestLoader.load(loader);
            MiftyLog safeLog = new RedactingLog(log, redactor);
            LockPolicy statementLocks;
            try {
                statementLocks = new LockPolicy(statementLockTimeout, lockRetries);
            } catch (IllegalArgumentException e) {
                throw new MiftyException(ErrorCode.USAGE, e.getMessage(), e);
            }
            Settings settings = new Settings(schema, historyTable, lockTimeout, environment, ignoreUnknown, logSql,
                    statementLocks, schemas.isEmpty() ? List.of(schema) : schemas, sessionPooler,
                    schemaGiven ? schema : null);
            CommandContext ctx = new CommandContext(settings, source, redactor.redact(label), manifests, safeLog)
                    .resourceLoader(classLoader);
            return new Mifty(ctx, redactor, clock, autoRun.getOrDefault(environment, true));
        }
    }

    private record RedactingLog(MiftyLog delegate, Redactor redactor) implements MiftyLog {
        public void info(String message) { delegate.info(redactor.redact(message)); }
        public void warn(String message) { delegate.warn(redactor.redact(message)); }
        public void debug(String message) { delegate.debug(redactor.redact(message)); }
        public void sql(String statement) { delegate.sql(redactor.redact(statement)); }
    }
}
