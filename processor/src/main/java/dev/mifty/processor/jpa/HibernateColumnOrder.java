package dev.mifty.processor.jpa;

import dev.mifty.schema.model.SqlType;

/**
 * Hibernate 6.6's {@code ColumnOrderingStrategyStandard} on PostgreSQL: columns (and the columns
 * of keys and unique constraints) sorted by their physical size in bytes (at least 4), then
 * small before large (above 2048), then by name. So {@code create table} lists the columns in
 * the order Hibernate's would.
 */
final class HibernateColumnOrder {

    /** {@code log2(10) * 8}: Hibernate's bytes per decimal digit divisor. */
    private static final double DECIMAL_TO_BYTES_QUOTIENT = Math.log(10) / Math.log(2) * 8;
    private static final int POSTGRES_MAX_VARCHAR = 10_485_760;

    private HibernateColumnOrder() {
    }

    /**
     * The physical size Hibernate assigns to a column of this type.
     *
     * @param declaredLength the {@code @Column(length)} (255 when not given), for character and binary types
     */
    static int size(SqlType type, int declaredLength) {
        switch (type.name()) {
            case "bool": return 1;
            case "int2": return 2;
            case "int4": case "date": case "time": case "timetz": return 4;
            case "int8": case "timestamp": case "timestamptz": return 8;
            case "float4": return (int) Math.ceil(24 / DECIMAL_TO_BYTES_QUOTIENT);
            case "float8": return (int) Math.ceil(53 / DECIMAL_TO_BYTES_QUOTIENT);
            case "numeric": return (int) Math.ceil((type.precision() == null ? 38 : type.precision())
                    / DECIMAL_TO_BYTES_QUOTIENT);
            case "uuid": return 16;
            case "bpchar": case "varchar": {
                int length = type.length() == null ? declaredLength : type.length();
                return length == 255 ? POSTGRES_MAX_VARCHAR : length;
            }
            case "text": return declaredLength == 255 ? POSTGRES_MAX_VARCHAR : declaredLength;
            case "bytea": return declaredLength == 255 ? Integer.MAX_VALUE : declaredLength;
            default: return Integer.MAX_VALUE;
        }
    }

    static int size(SqlType type) {
        return size(type, 255);
    }

    /** Hibernate's comparison of two columns given their sizes and names. */
    static int compare(int size1, String name1, int size2, String name2) {
        int c = Integer.compare(Math.max(size1, 4), Math.max(size2, 4));
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(size1 > 2048, size2 > 2048);
        return c != 0 ? c : name1.compareTo(name2);
    }
}
