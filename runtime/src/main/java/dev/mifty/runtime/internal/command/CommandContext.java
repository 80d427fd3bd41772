package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MiftyLog;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.runtime.internal.history.HistoryTable;
import dev.mifty.runtime.internal.manifest.ManifestLoader;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Everything a command needs: options, the database, the manifest (loaded on first use) and the log. */
public final class CommandContext {

    private final Settings settings;
    private final DataSource dataSource;
    private final Supplier<MigrationManifest> manifestSource;
    private final MiftyLog log;
    private final String databaseLabel;
    private ClassLoader resourceLoader;
    private MigrationManifest manifest;
    private List<MigrationDescriptor> migrations;

    public CommandContext(Settings settings, DataSource dataSource, String databaseLabel,
                          Supplier<MigrationManifest> manifestSource, MiftyLog log) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.databaseLabel = databaseLabel;
        this.manifestSource = manifestSource;
        this.log = log;
    }

    /** Where the manifest's snapshot resource is read from (default: the manifest's class loader). */
    public CommandContext resourceLoader(ClassLoader loader) {
        this.resourceLoader = loader;
        return this;
    }

    public ClassLoader resourceLoader() {
        return resourceLoader != null ? resourceLoader : manifest().getClass().getClassLoader();
    }

    public Settings settings() {
        return settings;
    }

    public DataSource dataSource() {
        if (dataSource == null) {
            throw new MiftyException(ErrorCode.USAGE, "no database configured: give Mifty a DataSource or a URL");
        }
        return dataSource;
    }

    public String databaseLabel() {
        return databaseLabel;
    }

    public MiftyLog log() {
        return log;
    }

    public synchronized MigrationManifest manifest() {
        if (manifest == null) {
            manifest = manifestSource.get();
        }
        return manifest;
    }

    public synchronized List<MigrationDescriptor> migrations() {
        if (migrations == null) {
            migrations = ManifestLoader.migrations(manifest());
        }
        return migrations;
    }

    public HistoryTable history() {
        return new HistoryTable(settings.schema(), settings.historyTable());
    }

    /** Refuses dev-only commands in production. */
    public void requireNonProduction(String command) {
        if (settings.environment() == dev.mifty.runtime.Environment.PRODUCTION) {
            throw new MiftyException(ErrorCode.PRODUCTION_GUARD, command + " is a development command and MIFTY_ENV="
                    + "production: it is refused here; use migrations (migration:run, migration:rollback) in production");
        }
    }
}
