package dev.mifty.schema.snapshot;

import dev.mifty.schema.model.SqlType;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact text of a {@link SqlType} in the snapshot: {@code int4}, {@code varchar(255)},
 * {@code numeric(10,2)}, {@code timestamptz(3)}, {@code _int4}. A single modifier is the length of
 * the character and bit types and the precision of every other type. Text that is not of this form
 * is a raw type ({@link SqlType#raw}).
 */
final class TypeText {

    private static final Pattern FORM = Pattern.compile("(_?[a-z][a-z0-9_]*)(?:\\((\\d{1,9})(?:,(\\d{1,9}))?\\))?");
    private static final Set<String> LENGTH_TYPES = Set.of("varchar", "bpchar", "bit", "varbit");

    private TypeText() {
    }

    /** The text of {@code type}, or empty when the text would not parse back to an equal type. */
    static Optional<String> format(SqlType type) {
        String text = type.name();
        if (type.length() != null && type.precision() == null && type.scale() == null) {
            text += "(" + type.length() + ")";
        } else if (type.length() == null && type.precision() != null) {
            text += type.scale() == null ? "(" + type.precision() + ")" : "(" + type.precision() + "," + type.scale() + ")";
        } else if (type.length() != null || type.scale() != null) {
            return Optional.empty();
        }
        return parse(text).equals(type) ? Optional.of(text) : Optional.empty();
    }

    /** The type of a non-empty text. */
    static SqlType parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return SqlType.raw(text);
        }
        String name = m.group(1);
        if (m.group(2) == null) {
            return SqlType.of(name);
        }
        int first = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            return new SqlType(name, null, first, Integer.parseInt(m.group(3)));
        }
        String element = name.startsWith("_") ? name.substring(1) : name;
        return LENGTH_TYPES.contains(element)
                ? new SqlType(name, first, null, null)
                : new SqlType(name, null, first, null);
    }
}
