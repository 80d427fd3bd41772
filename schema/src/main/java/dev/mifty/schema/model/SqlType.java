package dev.mifty.schema.model;

import java.util.Objects;

/**
 * A PostgreSQL column type, by its catalog name ({@code pg_type.typname}: {@code varchar},
 * {@code bpchar}, {@code int4}, {@code float8}, {@code timestamptz}, ...) with its modifiers.
 * {@code length} applies to {@code varchar}/{@code bpchar}; {@code precision} to {@code numeric}
 * (digits) and to {@code time}, {@code timetz}, {@code timestamp}, {@code timestamptz} (fractional
 * seconds); {@code scale} to {@code numeric}. Array types use the catalog's {@code _int4} form.
 * A type the model does not know (a verbatim {@code columnDefinition}) keeps its text as the name,
 * and {@link #isRaw()} is true.
 *
 * <p>A user-defined type (an {@link EnumType} or {@link CompositeType} of the schema) has
 * {@code userType} set to its qualified name ({@code null} schema: the default schema) and
 * {@code name} equal to its {@code typname}; a built-in type has {@code userType == null}.
 */
public record SqlType(String name, Integer length, Integer precision, Integer scale, QualifiedName userType) {

    public SqlType {
        Objects.requireNonNull(name, "name");
        if (userType != null && !userType.name().equals(name)) {
            throw new IllegalArgumentException("user type " + userType + " must be named " + userType.name());
        }
    }

    /** A built-in type with modifiers. */
    public SqlType(String name, Integer length, Integer precision, Integer scale) {
        this(name, length, precision, scale, null);
    }

    /** A column of a user-defined enum or composite type. */
    public static SqlType user(QualifiedName type) {
        return new SqlType(type.name(), null, null, null, type);
    }

    /** True for an enum or composite type of the schema. */
    public boolean isUser() {
        return userType != null;
    }

    public static SqlType of(String name) {
        return new SqlType(name, null, null, null);
    }

    public static SqlType varchar(int length) {
        return new SqlType("varchar", length, null, null);
    }

    public static SqlType bpchar(int length) {
        return new SqlType("bpchar", length, null, null);
    }

    public static SqlType numeric(int precision, int scale) {
        return new SqlType("numeric", null, precision, scale);
    }

    /** {@code time}, {@code timetz}, {@code timestamp} or {@code timestamptz} with fractional precision. */
    public static SqlType temporal(String name, int precision) {
        return new SqlType(name, null, precision, null);
    }

    /** A type kept verbatim (e.g. from {@code columnDefinition}). */
    public static SqlType raw(String definition) {
        return new SqlType(definition, null, null, null);
    }

    /** True when the name is not a plain catalog type name (contains spaces, parentheses, ...). */
    public boolean isRaw() {
        return userType == null && !name.matches("_?[a-z][a-z0-9_]*");
    }
}
