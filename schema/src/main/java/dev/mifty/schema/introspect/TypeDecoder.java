package dev.mifty.schema.introspect;

import dev.mifty.schema.model.SqlType;

/**
 * {@code pg_type.typname} + {@code pg_attribute.atttypmod} -> {@link SqlType}. Array types keep the
 * catalog's {@code _name} and the modifiers of their element type. A modifier this class does not
 * know how to decode keeps PostgreSQL's own spelling ({@code format_type}) as a raw type.
 */
final class TypeDecoder {

    /** {@code VARHDRSZ}: the header PostgreSQL adds to the length in varchar/bpchar/numeric modifiers. */
    private static final int VARHDRSZ = 4;
    private static final int INTERVAL_FULL_RANGE = 0x7FFF;
    private static final int INTERVAL_FULL_PRECISION = 0xFFFF;

    private TypeDecoder() {
    }

    static SqlType decode(String typname, int typmod, String formatted) {
        if (typmod < 0) {
            return SqlType.of(typname);
        }
        String base = typname.startsWith("_") ? typname.substring(1) : typname;
        switch (base) {
            case "varchar":
            case "bpchar":
                return new SqlType(typname, typmod - VARHDRSZ, null, null);
            case "bit":
            case "varbit":
                return new SqlType(typname, typmod, null, null);
            case "numeric": {
                int mod = typmod - VARHDRSZ;
                int precision = (mod >> 16) & 0xFFFF;
                int scale = ((mod & 0x7FF) ^ 1024) - 1024;
                return new SqlType(typname, null, precision, scale);
            }
            case "time":
            case "timetz":
            case "timestamp":
            case "timestamptz":
                return new SqlType(typname, null, typmod, null);
            case "interval": {
                int range = (typmod >> 16) & 0x7FFF;
                int precision = typmod & 0xFFFF;
                if (range == INTERVAL_FULL_RANGE && precision != INTERVAL_FULL_PRECISION) {
                    return new SqlType(typname, null, precision, null);
                }
                return SqlType.raw(formatted);
            }
            default:
                return SqlType.raw(formatted);
        }
    }
}
