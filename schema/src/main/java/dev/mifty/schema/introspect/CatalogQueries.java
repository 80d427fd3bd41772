package dev.mifty.schema.introspect;

/**
 * The catalog queries of the {@link Introspector}: {@code pg_catalog} only (the
 * {@code information_schema} views are slow and hide names of other owners). Each takes the schema
 * names (a {@code text[]}) as its first parameter. Ordinary and partitioned tables count; partitions
 * do not. Objects that belong to an extension are not the application's and are left out.
 */
final class CatalogQueries {

    private CatalogQueries() {
    }

    private static final String TABLE_FILTER = """
            n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition""";

    static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname, pg_catalog.obj_description(c.oid, 'pg_class') AS comment
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND c.relname <> ?
            ORDER BY c.relname""".formatted(TABLE_FILTER);

    static final String COLUMNS = """
            SELECT a.attrelid, a.attnum, a.attname, t.typname, t.typtype, tn.nspname AS typschema, a.atttypmod,
                   a.attnotnull, a.attidentity,
                   a.attgenerated, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS dflt,
                   pg_catalog.format_type(a.atttypid, a.atttypmod) AS formatted,
                   pg_catalog.col_description(a.attrelid, a.attnum) AS comment
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE %s AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""".formatted(TABLE_FILTER);

    /** Primary keys, foreign keys, unique and check constraints; column lists in constraint order. */
    static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype, con.confdeltype,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
                         ORDER BY k.ord) AS cols,
                   fn.nspname AS ref_schema, fc.relname AS ref_table,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
                         ORDER BY k.ord) AS ref_cols,
                   CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END AS expr
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE %s AND con.contype IN ('p', 'f', 'u', 'c')""".formatted(TABLE_FILTER);

    /** Indexes that do not back a primary key, unique or exclusion constraint. */
    static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique, i.indnkeyatts, i.indkey::text AS indkey,
                   i.indoption::text AS indoption,
                   ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, g, false)
                         FROM generate_series(1, i.indnkeyatts) g ORDER BY g) AS exprs
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE %s
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                              WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                                AND con.contype IN ('p', 'u', 'x'))""".formatted(TABLE_FILTER);

    /** Sequences, except those of identity columns and those owned by the history table. */
    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, s.seqstart, s.seqincrement
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                              LEFT JOIN pg_catalog.pg_class owner ON owner.oid = d.refobjid
                              WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = s.seqrelid
                                AND d.refclassid = 'pg_catalog.pg_class'::regclass
                                AND (d.deptype = 'i' OR (d.deptype = 'a' AND owner.relname = ?)))
            ORDER BY n.nspname, c.relname""";

    private static final String NOT_FROM_EXTENSION = """
            NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
                        WHERE dep.classid = 'pg_catalog.pg_type'::regclass AND dep.objid = t.oid
                          AND dep.deptype = 'e')""";

    /** Enum types and standalone composite types (not the row types of tables). */
    static final String TYPES = """
            SELECT t.oid, t.typrelid, n.nspname, t.typname, t.typtype,
                   ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e
                         WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_catalog.pg_class r ON r.oid = t.typrelid
            WHERE n.nspname = ANY (?) AND (t.typtype = 'e' OR (t.typtype = 'c' AND r.relkind = 'c'))
              AND %s
            ORDER BY n.nspname, t.typname""".formatted(NOT_FROM_EXTENSION);

    /** The attributes of standalone composite types, in order. */
    static final String ATTRIBUTES = """
            SELECT a.attrelid, a.attname, t.typname, t.typtype, tn.nspname AS typschema, a.atttypmod,
                   pg_catalog.format_type(a.atttypid, a.atttypmod) AS formatted
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid AND c.relkind = 'c'
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
            WHERE n.nspname = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";
}
