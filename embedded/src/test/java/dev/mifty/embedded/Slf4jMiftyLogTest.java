package dev.mifty.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.Slf4jMiftyLog;
import dev.mifty.runtime.testapp.migrations.TestApp;
import dev.mifty.schema.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Start-up logging through SLF4J (here Logback): applied, how long, pending, at INFO on dev.mifty; SQL at DEBUG on dev.mifty.sql. */
class Slf4jMiftyLogTest {

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger mifty = (Logger) LoggerFactory.getLogger("dev.mifty");

    @BeforeEach
    void capture() {
        events.start();
        mifty.addAppender(events);
        mifty.setLevel(Level.INFO);
    }

    @AfterEach
    void release() {
        mifty.detachAppender(events);
        mifty.setLevel(null);
    }

    @Test
    void migrateLogsWhatItAppliedHowLongAndWhatIsPending() {
        String url = TestDatabases.newDatabase();
        Slf4jMiftyLog log = Slf4jMiftyLog.create();
        assertThat(log.sqlEnabled()).isFalse();
        try (Mifty first = Mifty.configure().url(url).log(log).logSql(log.sqlEnabled()).load()) {
            first.migrate(TestApp.V2);
        }
        assertThat(lines(Level.INFO)).anyMatch(line -> line.startsWith("Applying 2 migration(s) to jdbc:postgresql://"))
                .anyMatch(line -> line.matches("\\s*applied " + TestApp.V1 + "_create_customers \\(\\d+ ms\\)"))
                .anyMatch(line -> line.matches("Applied 2 migration\\(s\\) in \\d+ ms\\..*"))
                .anyMatch(line -> line.contains("1 migration(s) still pending") && line.contains(TestApp.V3));
        assertThat(lines(Level.DEBUG)).isEmpty();

        events.list.clear();
        ((Logger) LoggerFactory.getLogger("dev.mifty.sql")).setLevel(Level.DEBUG);
        try (Mifty second = Mifty.configure().url(url).log(log).logSql(log.sqlEnabled()).load()) {
            second.migrate();
        } finally {
            ((Logger) LoggerFactory.getLogger("dev.mifty.sql")).setLevel(null);
        }
        assertThat(events.list).filteredOn(e -> e.getLoggerName().equals("dev.mifty.sql"))
                .extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(sql -> sql.startsWith("INSERT INTO customers"));

        events.list.clear();
        try (Mifty third = Mifty.configure().url(url).log(log).load()) {
            third.migrate();
        }
        assertThat(lines(Level.INFO)).singleElement().asString()
                .startsWith("Nothing to migrate: the database is up to date").contains("3 applied");
    }

    private List<String> lines(Level level) {
        return events.list.stream().filter(e -> e.getLevel() == level && e.getLoggerName().equals("dev.mifty"))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
