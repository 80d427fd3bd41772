package dev.mifty.runtime.internal.exec;

import dev.mifty.runtime.Environment;
import dev.mifty.runtime.MiftyLog;
import dev.mifty.runtime.MigrationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import dev.mifty.runtime.internal.lock.LockWatcher;

/** Executes a migration's statements on its connection, remembering the one that failed. */
public final class JdbcContext implements MigrationContext, AutoCloseable {

    private final Connection connection;
    private final MiftyLog log;
    private final boolean logSql;
    private final LockWatcher watcher;
    private final Duration lockTimeout;
    private Environment environment = Environment.DEVELOPMENT;
    private Statement statement;
    private int executed;
    private String failedStatement;
    private int failedIndex;

    public JdbcContext(Connection connection, MiftyLog log, boolean logSql) {
        this(connection, log, logSql, LockWatcher.none(), Duration.ofSeconds(5));
    }

    public JdbcContext(Connection connection, MiftyLog log, boolean logSql, LockWatcher watcher, Duration lockTimeout) {
        this.connection = connection;
        this.log = log;
        this.logSql = logSql;
        this.watcher = watcher;
        this.lockTimeout = lockTimeout;
    }

    @Override
    public void execute(String sql) throws SQLException {
        if (logSql) {
            log.sql(sql);
        }
        if (statement == null) {
            statement = connection.createStatement();
        }
        executed++;
        watcher.statementStarted(lockTimeout);
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            failedStatement = sql;
            failedIndex = executed;
            throw e;
        } finally {
            watcher.statementFinished();
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public boolean isDryRun() {
        return false;
    }

    @Override
    public Environment environment() {
        return environment;
    }

    /** The environment the migrations see (default development). */
    public JdbcContext environment(Environment environment) {
        this.environment = environment;
        return this;
    }

    /** The statement that threw, or null when the failure was elsewhere (e.g. in a data step). */
    public String failedStatement() {
        return failedStatement;
    }

    /** How many statements were started (the failed one included). */
    public int executed() {
        return executed;
    }

    /** 1-based position of {@link #failedStatement()} among the executed statements. */
    public int failedIndex() {
        return failedIndex;
    }

    @Override
    public void close() throws SQLException {
        if (statement != null) {
            statement.close();
        }
    }
}
