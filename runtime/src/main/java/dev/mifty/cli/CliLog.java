package dev.mifty.cli;

import dev.mifty.runtime.MiftyLog;
import java.io.PrintStream;

/** People's output on stdout; warnings, steps ({@code --verbose}) and SQL ({@code MIFTY_LOG_SQL}) on stderr. */
record CliLog(PrintStream out, PrintStream err, boolean verbose, boolean logSql) implements MiftyLog {

    @Override
    public void info(String message) {
        out.println(message);
    }

    @Override
    public void warn(String message) {
        err.println("warning: " + message);
    }

    @Override
    public void debug(String message) {
        if (verbose) {
            err.println("mifty:migration " + message);
        }
    }

    @Override
    public void sql(String statement) {
        if (logSql) {
            err.println("mifty:sql " + statement.strip() + ";");
        }
    }
}
