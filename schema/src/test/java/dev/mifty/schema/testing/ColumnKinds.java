package dev.mifty.schema.testing;

import dev.mifty.schema.model.SqlType;
import java.util.List;
import java.util.Random;

/**
 * Column types the random generator uses, each with a value literal for test rows, defaults already
 * in the form PostgreSQL prints them back ({@code pg_get_expr}), and a safe widening.
 */
public final class ColumnKinds {

    private ColumnKinds() {
    }

    /** A column type with what the generator needs to know about it. */
    public record Kind(SqlType type, String value, List<String> defaults, boolean integer) {
    }

    private static final List<String> INT_DEFAULTS = List.of("0", "7");

    /** A random kind. */
    public static Kind random(Random r) {
        switch (r.nextInt(20)) {
            case 0: return new Kind(SqlType.of("int2"), "1", INT_DEFAULTS, true);
            case 1: case 2: return new Kind(SqlType.of("int4"), "1", INT_DEFAULTS, true);
            case 3: return new Kind(SqlType.of("int8"), "1", INT_DEFAULTS, true);
            case 4: return new Kind(SqlType.of("text"), "v", List.of("'x'::text", "''::text"), false);
            case 5: case 6: return varchar(10 + r.nextInt(90));
            case 7: return new Kind(SqlType.bpchar(1 + r.nextInt(5)), "v", List.of("'x'::bpchar"), false);
            case 8: return new Kind(SqlType.numeric(6 + r.nextInt(6), r.nextInt(3)), "1", List.of("0", "1.5"), false);
            case 9: return new Kind(SqlType.of("bool"), "true", List.of("true", "false"), false);
            case 10: return new Kind(r.nextBoolean() ? SqlType.of("timestamptz") : SqlType.temporal("timestamp", r.nextInt(7)),
                    "2020-01-02 03:04:05", List.of("CURRENT_TIMESTAMP"), false);
            case 11: return new Kind(SqlType.of("date"), "2020-01-02", List.of("CURRENT_DATE"), false);
            case 12: return new Kind(SqlType.of("jsonb"), "{}", List.of("'{}'::jsonb"), false);
            case 13: return of(SqlType.of("uuid"));
            case 14: return of(SqlType.of(r.nextBoolean() ? "float8" : "float4"));
            case 15: return of(r.nextBoolean() ? SqlType.of("time") : SqlType.temporal("time", r.nextInt(7)));
            case 16: return of(SqlType.of(r.nextBoolean() ? "timetz" : "interval"));
            case 17: return of(SqlType.of(r.nextBoolean() ? "numeric" : "bytea"));
            default: return new Kind(SqlType.of("_int4"), "{1,2}", List.of("'{}'::integer[]"), false);
        }
    }

    /** A kind usable as a single-column primary key (and so as a foreign key target). */
    public static Kind key(Random r) {
        switch (r.nextInt(4)) {
            case 0: return new Kind(SqlType.of("int4"), "1", INT_DEFAULTS, true);
            case 1: return varchar(20 + r.nextInt(40));
            default: return new Kind(SqlType.of("int8"), "1", INT_DEFAULTS, true);
        }
    }

    private static Kind varchar(int length) {
        return new Kind(SqlType.varchar(length), "v", List.of("'x'::character varying", "'a b'::character varying"), false);
    }

    /** The kind of a type the generator made, or null for another type. */
    public static Kind of(SqlType type) {
        return switch (type.name()) {
            case "int2", "int4", "int8" -> new Kind(type, "1", INT_DEFAULTS, true);
            case "text" -> new Kind(type, "v", List.of("'x'::text", "''::text"), false);
            case "varchar" -> varchar(type.length());
            case "bpchar" -> new Kind(type, "v", List.of("'x'::bpchar"), false);
            case "numeric" -> new Kind(type, "1", List.of("0", "1.5"), false);
            case "bool" -> new Kind(type, "true", List.of("true", "false"), false);
            case "timestamptz", "timestamp" -> new Kind(type, "2020-01-02 03:04:05", List.of("CURRENT_TIMESTAMP"), false);
            case "date" -> new Kind(type, "2020-01-02", List.of("CURRENT_DATE"), false);
            case "jsonb" -> new Kind(type, "{}", List.of("'{}'::jsonb"), false);
            case "_int4" -> new Kind(type, "{1,2}", List.of("'{}'::integer[]"), false);
            case "uuid" -> new Kind(type, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", List.of("gen_random_uuid()"), false);
            case "float8", "float4" -> new Kind(type, "1", List.of("0", "1.5"), false);
            case "time" -> new Kind(type, "03:04:05", List.of("'12:00:00'::time without time zone", "LOCALTIME"), false);
            case "timetz" -> new Kind(type, "03:04:05+00", List.of("'12:00:00+00'::time with time zone"), false);
            case "interval" -> new Kind(type, "1 day", List.of("'1 day'::interval"), false);
            case "bytea" -> new Kind(type, "\\x01", List.of("'\\x00'::bytea"), false);
            default -> null;
        };
    }

    /** A wider type that keeps every value and default, or null when there is none. */
    public static SqlType widen(SqlType type, Random r) {
        return switch (type.name()) {
            case "int2" -> SqlType.of("int4");
            case "int4" -> SqlType.of("int8");
            case "varchar" -> SqlType.varchar(type.length() + 1 + r.nextInt(50));
            case "bpchar" -> SqlType.bpchar(type.length() + 1 + r.nextInt(5));
            case "numeric" -> type.precision() == null ? null : SqlType.numeric(type.precision() + 1 + r.nextInt(4), type.scale());
            default -> null;
        };
    }
}
