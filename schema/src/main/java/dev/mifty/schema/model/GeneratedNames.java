package dev.mifty.schema.model;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The names PostgreSQL gives constraints created without a name (its {@code ChooseConstraintName}
 * and {@code makeObjectName}): Hibernate renders unnamed checks inline ({@code check (...)}), so
 * the model must carry the name PostgreSQL will choose for them to compare equal to a live
 * database.
 */
public final class GeneratedNames {

    /** {@code NAMEDATALEN - 1}: the longest identifier PostgreSQL keeps, in bytes. */
    private static final int MAX_BYTES = 63;

    private GeneratedNames() {
    }

    /**
     * The name of an unnamed check constraint: {@code <table>_<column>_check} when its expression
     * uses exactly one column, {@code <table>_check} otherwise ({@code column} null); the table and
     * column parts cut (the longer first) so that the name fits 63 bytes; {@code _check1},
     * {@code _check2}, ... while the name is {@code taken} (PostgreSQL checks every constraint name
     * of the schema and those chosen earlier in the same statement).
     */
    public static String check(String table, String column, Set<String> taken) {
        String label = "check";
        for (int pass = 1; ; pass++) {
            String name = objectName(table, column, label);
            if (!taken.contains(name)) {
                return name;
            }
            label = "check" + pass;
        }
    }

    /** PostgreSQL's {@code makeObjectName(name1, name2, label)}. */
    static String objectName(String name1, String name2, String label) {
        byte[] first = name1.getBytes(StandardCharsets.UTF_8);
        byte[] second = name2 == null ? new byte[0] : name2.getBytes(StandardCharsets.UTF_8);
        int overhead = (name2 == null ? 0 : 1) + label.getBytes(StandardCharsets.UTF_8).length + 1;
        int available = MAX_BYTES - overhead;
        int firstBytes = first.length;
        int secondBytes = second.length;
        while (firstBytes + secondBytes > available) {
            if (firstBytes > secondBytes) {
                firstBytes--;
            } else {
                secondBytes--;
            }
        }
        StringBuilder name = new StringBuilder(clip(first, firstBytes));
        if (name2 != null) {
            name.append('_').append(clip(second, secondBytes));
        }
        return name.append('_').append(label).toString();
    }

    /** The first {@code bytes} bytes of a UTF-8 name, backed off to a whole character ({@code pg_mbcliplen}). */
    private static String clip(byte[] utf8, int bytes) {
        int end = bytes;
        while (end > 0 && end < utf8.length && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }
}
