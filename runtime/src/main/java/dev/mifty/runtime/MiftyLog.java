package dev.mifty.runtime;

/**
 * Where Mifty reports progress. {@link #info} is for people (each migration as it runs),
 * {@link #debug} is step logging ({@code --verbose}), {@link #sql} every statement
 * ({@code MIFTY_LOG_SQL=true}). Passwords are masked before any of these is called.
 */
public interface MiftyLog {

    void info(String message);

    default void warn(String message) {
        info("warning: " + message);
    }

    default void debug(String message) {
    }

    default void sql(String statement) {
    }

    /** A log that drops everything. */
    static MiftyLog silent() {
        return message -> { };
    }

    /** A log on {@link System.Logger} {@code dev.mifty}: info as INFO, steps as DEBUG, SQL as TRACE. */
    static MiftyLog systemLogger() {
        System.Logger logger = System.getLogger("dev.mifty");
        return new MiftyLog() {
            public void info(String message) { logger.log(System.Logger.Level.INFO, message); }
            public void warn(String message) { logger.log(System.Logger.Level.WARNING, message); }
            public void debug(String message) { logger.log(System.Logger.Level.DEBUG, message); }
            public void sql(String statement) { logger.log(System.Logger.Level.TRACE, statement); }
        };
    }
}
