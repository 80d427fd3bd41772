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
}
