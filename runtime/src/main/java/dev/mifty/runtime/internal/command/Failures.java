package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import java.sql.SQLException;

/** Turns anything thrown inside a command into a {@link MiftyException} with a one-line message. */
public final class Failures {

    private Failures() {
    }

    public static MiftyException wrap(Throwable e) {
        if (e instanceof MiftyException m) {
            return m;
        }
        if (e instanceof SQLException s) {
            return database("database error", s);
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new MiftyException(ErrorCode.DATABASE, e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()), e);
    }

    public static MiftyException database(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")";
        ErrorCode code = e.getSQLState() != null && e.getSQLState().startsWith("08") ? ErrorCode.CONNECTION : ErrorCode.DATABASE;
        return new MiftyException(code, what + ": " + oneLine(e.getMessage()) + state, e);
    }

    public static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
