package dev.mifty.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code spring.mifty.*}: how Mifty migrates the application's database at start-up.
 * Profile-specific files ({@code application-prod.properties}) set different values per environment.
 */
@ConfigurationProperties(prefix = "spring.mifty")
public class MiftyProperties {

    /** Whether Mifty runs at start-up. */
    private boolean enabled = true;

    /**
     * Whether start-up applies the pending migrations. When false, start-up only validates and fails
     * with the list of pending migrations (apply them with {@code migration:run}).
     */
    private boolean autoRun = true;

    /** Migrate up to and including this version only (default: the newest). */
    private String target;

    /**
     * The environment: development, test or production (dev-only commands refuse in production).
     * Default: MIFTY_ENV, else the active profiles (prod or production: production; test: test),
     * else development.
     */
    private String environment;

    /** The schema holding the application's tables and the history table. */
    private String schema = "public";

    /** The history table's name. */
    private String historyTable = "mifty_schema_history";

    /** Go on when the database has applied versions this application does not know (newer code ran on it). */
    private boolean ignoreUnknown;

    /** How long to wait for another instance's migration lock. */
    private Duration lockTimeout = Duration.ofMinutes(10);

    /** JDBC URL of a database to migrate instead of the application's DataSource (e.g. with a DDL user). */
    private String url;

    /** Login user for migrations (with url, or on spring.datasource.url), e.g. a DDL user distinct from the application's. */
    private String user;

    /** Password of {@code user}. */
    private String password;

    /** Log every statement Mifty executes (at DEBUG, logger dev.mifty.sql). */
    private boolean logSql;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isAutoRun() { return autoRun; }
    public void setAutoRun(boolean autoRun) { this.autoRun = autoRun; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getEnvironment() { return environment; }
    public void setEnvironment(String environment) { this.environment = environment; }
    public String getSchema() { return schema; }
    public void setSchema(String schema) { this.schema = schema; }
    public String getHistoryTable() { return historyTable; }
    public void setHistoryTable(String historyTable) { this.historyTable = historyTable; }
    public boolean isIgnoreUnknown() { return ignoreUnknown; }
    public void setIgnoreUnknown(boolean ignoreUnknown) { this.ignoreUnknown = ignoreUnknown; }
    public Duration getLockTimeout() { return lockTimeout; }
    public void setLockTimeout(Duration lockTimeout) { this.lockTimeout = lockTimeout; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isLogSql() { return logSql; }
    public void setLogSql(boolean logSql) { this.logSql = logSql; }
}
