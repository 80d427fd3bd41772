package dev.mifty.runtime;

import java.util.Locale;

/** For {@code migration:resolve --as=up|down}: mark applied ({@link #UP}) or not applied ({@link #DOWN}). */
public enum Direction {
    UP, DOWN;

    public static Direction parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "up" -> UP;
            case "down" -> DOWN;
            default -> throw new MiftyException(ErrorCode.USAGE, "--as must be up or down, not " + value);
        };
    }
}
