package dev.mifty.processor.jpa;

import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL 17's reserved key words (Appendix C, "reserved" and "reserved (can be function or
 * type)"): Hibernate writes names unquoted, so a table or column named like one of these breaks
 * its SQL ({@code create table order (...)}) unless the name is quoted with back-ticks.
 */
final class ReservedWords {

    private static final Set<String> WORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze",
            "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then",
            "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with");

    private ReservedWords() {
    }

    static boolean isReserved(String storedName) {
        return WORDS.contains(storedName.toLowerCase(Locale.ROOT));
    }
}
