package dev.mifty.runtime;

import java.util.Objects;

/** The one exception the Mifty API throws; its message is one line that says what to do. */
public final class MiftyException extends RuntimeException {

    private final ErrorCode code;

    public MiftyException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public MiftyException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
