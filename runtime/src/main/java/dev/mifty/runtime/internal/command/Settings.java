package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.Environment;
import java.time.Duration;

/** The facade's options, as the commands see them. */
public record Settings(String schema, String historyTable, Duration lockTimeout, Environment environment,
                       boolean ignoreUnknown, boolean logSql) {
}
