package dev.mifty.schema.model;

import java.util.Locale;

/** How names become identifiers as PostgreSQL stores them. Quoting for SQL lives in the dialect. */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * An identifier as PostgreSQL stores it: a name written in double quotes (or JPA's back-ticks)
     * keeps its case without the quotes, any other name is folded to lower case.
     */
    public static String fold(String name) {
        if (name.length() >= 2
                && ((name.startsWith("\"") && name.endsWith("\""))
                || (name.startsWith("`") && name.endsWith("`")))) {
            return name.substring(1, name.length() - 1);
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** True when the name is usable as a PostgreSQL identifier (non-empty, at most 63 bytes). */
    public static boolean isValid(String storedName) {
        return storedName != null && !storedName.isEmpty()
                && storedName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 63
                && storedName.indexOf('\0') < 0;
    }
}
