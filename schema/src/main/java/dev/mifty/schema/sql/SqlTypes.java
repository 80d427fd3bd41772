package dev.mifty.schema.sql;

import dev.mifty.schema.model.SqlType;
import java.util.Map;

/** Catalog type names -> SQL type syntax, and each type's zero value. */
final class SqlTypes {

    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("int2", "smallint"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double precision"),
            Map.entry("bool", "boolean"));

    private static final Map<String, String> ZERO = Map.ofEntries(
            Map.entry("int2", "0"), Map.entry("int4", "0"), Map.entry("int8", "0"),
            Map.entry("numeric", "0"), Map.entry("float4", "0"), Map.entry("float8", "0"),
            Map.entry("money", "0"), Map.entry("oid", "0"),
            Map.entry("bool", "false"),
            Map.entry("varchar", "''"), Map.entry("bpchar", "''"), Map.entry("text", "''"),
            Map.entry("citext", "''"), Map.entry("name", "''"),
            Map.entry("date", "'1970-01-01'"),
            Map.entry("timestamp", "'1970-01-01 00:00:00'"),
            Map.entry("timestamptz", "'1970-01-01 00:00:00+00'"),
            Map.entry("time", "'00:00:00'"),
            Map.entry("timetz", "'00:00:00+00'"),
            Map.entry("interval", "'0'"),
            Map.entry("uuid", "'00000000-0000-0000-0000-000000000000'"),
            Map.entry("bytea", "'\\x'"),
            Map.entry("json", "'{}'"), Map.entry("jsonb", "'{}'"),
            Map.entry("inet", "'0.0.0.0'"), Map.entry("cidr", "'0.0.0.0/0'"),
            Map.entry("macaddr", "'00:00:00:00:00:00'"),
            Map.entry("varbit", "B''"),
            Map.entry("tsvector", "''"),
            Map.entry("point", "'(0,0)'"));

    /** Zero values of a raw type ({@code columnDefinition}) by its first word, spelled the SQL way. */
    private static final Map<String, String> RAW_ZERO = Map.ofEntries(
            Map.entry("smallint", "0"), Map.entry("integer", "0"), Map.entry("int", "0"), Map.entry("bigint", "0"),
            Map.entry("int2", "0"), Map.entry("int4", "0"), Map.entry("int8", "0"),
            Map.entry("numeric", "0"), Map.entry("decimal", "0"), Map.entry("real", "0"), Map.entry("double", "0"),
            Map.entry("float", "0"), Map.entry("float4", "0"), Map.entry("float8", "0"),
            Map.entry("boolean", "false"), Map.entry("bool", "false"),
            Map.entry("text", "''"), Map.entry("varchar", "''"), Map.entry("character", "''"), Map.entry("char", "''"),
            Map.entry("date", "'1970-01-01'"), Map.entry("timestamp", "'1970-01-01 00:00:00'"),
            Map.entry("timestamptz", "'1970-01-01 00:00:00+00'"), Map.entry("time", "'00:00:00'"),
            Map.entry("interval", "'0'"), Map.entry("uuid", "'00000000-0000-0000-0000-000000000000'"),
            Map.entry("bytea", "'\\x'"), Map.entry("json", "'{}'"), Map.entry("jsonb", "'{}'"));

    private SqlTypes() {
    }

    static String render(SqlType type) {
        if (type.isUser()) {
            return PostgresDialect.name(type.userType());
        }
        if (type.isRaw()) {
            return type.name();
        }
        String name = type.name();
        if (name.startsWith("_")) {
            return render(new SqlType(name.substring(1), type.length(), type.precision(), type.scale())) + "[]";
        }
        return switch (name) {
            case "varchar" -> type.length() == null ? "varchar" : "varchar(" + type.length() + ")";
            case "bpchar" -> type.length() == null ? "bpchar" : "char(" + type.length() + ")";
            case "numeric" -> numeric(type);
            case "time" -> temporal("time", type, "");
            case "timetz" -> temporal("time", type, " with time zone");
            case "timestamp" -> temporal("timestamp", type, "");
            case "timestamptz" -> temporal("timestamp", type, " with time zone");
            default -> generic(type);
        };
    }

    /** The zero value of the type as an SQL literal, or {@code null} when the type has none we know. */
    static String zeroValue(SqlType type) {
        if (type.isUser()) {
            return null;
        }
        if (type.isRaw()) {
            String text = type.name().strip().toLowerCase(java.util.Locale.ROOT);
            if (text.contains("[")) {
                return "'{}'";
            }
            String firstWord = text.split("[\\s(]", 2)[0];
            return RAW_ZERO.get(firstWord);
        }
        if (type.name().startsWith("_")) {
            return "'{}'";
        }
        return ZERO.get(type.name());
    }

    private static String numeric(SqlType type) {
        if (type.precision() == null) {
            return "numeric";
        }
        return type.scale() == null
                ? "numeric(" + type.precision() + ")"
                : "numeric(" + type.precision() + "," + type.scale() + ")";
    }

    private static String temporal(String base, SqlType type, String zone) {
        return base + (type.precision() == null ? "" : "(" + type.precision() + ")") + zone;
    }

    private static String generic(SqlType type) {
        String base = SPELLING.getOrDefault(type.name(), type.name());
        if (type.length() != null) {
            return base + "(" + type.length() + ")";
        }
        if (type.precision() != null) {
            return base + "(" + type.precision() + (type.scale() == null ? "" : "," + type.scale()) + ")";
        }
        return base;
    }
}
