package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.Environment;
import dev.mifty.runtime.internal.lock.LockPolicy;
import java.time.Duration;
import java.util.List;

/**
 * The facade's options, as the commands see them.
 *
 * @param schema        the history table's schema (the first of {@code schemas})
 * @param lockTimeout   how long to wait for another run's migration lock (advisory lock)
 * @param statementLocks every migration statement's {@code lock_timeout} and the retries after it
 * @param schemas       the schemas the model lives in, introspected by {@code schema:diff} and baseline
 * @param sessionPooler the connection goes through a session-pooling PgBouncer (declared by the user)
 * @param searchPath    the schema put first on the session's {@code search_path} while a command runs
 *                      (unqualified names in migrations go there), or null to leave it as it is
 */
public record Settings(String schema, String historyTable, Duration lockTimeout, Environment environment,
                       boolean ignoreUnknown, boolean logSql, LockPolicy statementLocks, List<String> schemas,
                       boolean sessionPooler, String searchPath) {

    public Settings {
        schemas = schemas == null || schemas.isEmpty() ? List.of(schema) : List.copyOf(schemas);
    }

    public Settings(String schema, String historyTable, Duration lockTimeout, Environment environment,
                    boolean ignoreUnknown, boolean logSql) {
        this(schema, historyTable, lockTimeout, environment, ignoreUnknown, logSql, LockPolicy.defaults(),
                List.of(schema), false, null);
    }
}
