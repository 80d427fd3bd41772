package dev.mifty.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** What a running migration may use: statement execution (logged, recorded for dry runs) and JDBC. */
public interface MigrationContext {

    /** Executes one SQL statement. In a dry run, only records it. */
    void execute(String sql) throws SQLException;

    /**
     * The JDBC connection of this migration, for data steps (in the migration's transaction when
     * it is transactional). In a dry run there is no connection and this throws
     * {@link IllegalStateException}; check {@link #isDryRun()} first.
     */
    Connection connection();

    /** True while the migration is only being listed ({@code --dry-run}). */
    boolean isDryRun();

    /**
     * The environment this run is for: {@code MIFTY_ENV} for the CLI, what the application gave
     * ({@link Mifty.Builder#environment}), or what the Spring Boot starter derived from the active
     * profiles. A data migration that seeds development data checks it:
     * {@code if (context.environment() != Environment.DEVELOPMENT) return;} (the migration is still
     * recorded as applied, so it does not run later).
     */
    Environment environment();
}
