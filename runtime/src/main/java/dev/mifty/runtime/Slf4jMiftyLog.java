package dev.mifty.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MiftyLog} on SLF4J, for applications that log through it (Spring Boot, ...): what was
 * applied, how long it took and what is pending at INFO on logger {@code dev.mifty} (as Flyway logs
 * at start-up), warnings at WARN, step logging at DEBUG, and every statement at DEBUG on
 * {@code dev.mifty.sql} (when {@link Mifty.Builder#logSql(boolean)} is on; {@link #sqlEnabled()} tells
 * whether that logger would show them).
 *
 * <p>SLF4J is an optional dependency of the runtime: use this class only where {@code slf4j-api} is on
 * the class path. The CLI does not use it (it prints to stdout/stderr itself).
 */
public final class Slf4jMiftyLog implements MiftyLog {

    private final Logger log;
    private final Logger sql;

    private Slf4jMiftyLog(Logger log, Logger sql) {
        this.log = log;
        this.sql = sql;
    }

    /** On loggers {@code dev.mifty} and {@code dev.mifty.sql}. */
    public static Slf4jMiftyLog create() {
        return new Slf4jMiftyLog(LoggerFactory.getLogger("dev.mifty"), LoggerFactory.getLogger("dev.mifty.sql"));
    }

    /** True when {@code slf4j-api} can be loaded here, i.e. {@link #create()} will work. */
    public static boolean isAvailable(ClassLoader loader) {
        try {
            Class.forName("org.slf4j.LoggerFactory", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Whether {@code dev.mifty.sql} logs at DEBUG: pass it to {@link Mifty.Builder#logSql(boolean)}. */
    public boolean sqlEnabled() {
        return sql.isDebugEnabled();
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void sql(String statement) {
        sql.debug("{};", statement.strip());
    }
}
