package dev.mifty.runtime;

import java.util.Locale;

/** The skeleton {@code migration:create --type} writes. */
public enum MigrationType {
    /** Creates a table ({@code CREATE TABLE} / {@code DROP TABLE}). */
    CREATE,
    /** Alters a table ({@code ALTER TABLE ... ADD COLUMN} / {@code DROP COLUMN}). */
    ALTER,
    /** Changes data through JDBC. */
    DATA;

    public static MigrationType parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MiftyException(ErrorCode.USAGE, "--type must be create, alter or data, not " + value);
        }
    }
}
