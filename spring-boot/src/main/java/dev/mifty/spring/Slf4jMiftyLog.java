package dev.mifty.spring;

import dev.mifty.runtime.MiftyLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Mifty's progress on SLF4J (Spring Boot's logging): logger {@code dev.mifty}, statements on {@code dev.mifty.sql}. */
final class Slf4jMiftyLog implements MiftyLog {

    private final Logger log = LoggerFactory.getLogger("dev.mifty");
    private final Logger sql = LoggerFactory.getLogger("dev.mifty.sql");

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
        sql.debug(statement);
    }
}
