package dev.mifty.runtime;

import java.util.Locale;

/** {@code MIFTY_ENV}: dev-only commands refuse to run in {@link #PRODUCTION}. */
public enum Environment {
    DEVELOPMENT, TEST, PRODUCTION;

    /** Parses {@code development}, {@code test}, {@code production} (also {@code dev}, {@code prod}); null is development. */
    public static Environment parse(String value) {
        if (value == null || value.isBlank()) {
            return DEVELOPMENT;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "development", "dev" -> DEVELOPMENT;
            case "test" -> TEST;
            case "production", "prod" -> PRODUCTION;
            default -> throw new MiftyException(ErrorCode.USAGE,
                    "MIFTY_ENV=" + value + " is not an environment: use development, test or production");
        };
    }
}
