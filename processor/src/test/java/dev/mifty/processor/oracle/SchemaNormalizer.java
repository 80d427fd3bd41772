package dev.mifty.processor.oracle;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A schema as sorted lines of text, without constraint names and column order, so two schemas
 * that differ only there print the same, and a failing comparison shows a readable diff.
 */
final class SchemaNormalizer {

    private SchemaNormalizer() {
    }

    /** @param withCheckText false to compare checks by column only (a model's checks are not in PostgreSQL's printed form) */
    static String normalize(Schema schema, boolean withCheckText) {
        List<String> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            String p = "table " + t.name().name() + ": ";
            out.add(p);
            if (t.comment() != null) {
                out.add(p + "comment " + t.comment());
            }
            for (Column c : t.columns()) {
                out.add(p + "column " + c.name() + " " + type(c.type()) + (c.nullable() ? "" : " not null")
                        + (c.identity().name().equals("NONE") ? "" : " identity " + c.identity())
                        + (c.defaultValue() == null ? "" : " default " + c.defaultValue())
                        + (c.comment() == null ? "" : " comment " + c.comment()));
            }
            if (t.primaryKey() != null) {
                out.add(p + "primary key " + sorted(t.primaryKey().columns()));
            }
            for (ForeignKey fk : t.foreignKeys()) {
                out.add(p + "foreign key " + pairs(fk) + " -> " + fk.referencedTable().name()
                        + " on delete " + fk.onDelete());
            }
            for (UniqueConstraint u : t.uniqueConstraints()) {
                out.add(p + "unique " + sorted(u.columns()));
            }
            for (Index i : t.indexes()) {
                out.add(p + (i.unique() ? "unique index " : "index ") + i.columns());
            }
            t.checks().forEach(c -> out.add(p + "check" + (withCheckText ? " " + conjunctsInOrder(c.expression()) : "")));
        }
        for (EnumType e : schema.enumTypes()) {
            out.add("enum type " + e.name().name() + " " + e.labels());
        }
        for (CompositeType c : schema.compositeTypes()) { // attributes in order: Hibernate reads a struct by position
            out.add("composite type " + c.name().name() + " " + c.attributes().stream()
                    .map(a -> a.name() + " " + type(a.type())).toList());
        }
        for (Sequence s : schema.sequences()) {
            out.add("sequence " + s.name().name() + " start " + s.start() + " increment " + s.increment());
        }
        return out.stream().sorted().collect(Collectors.joining("\n"));
    }

    /**
     * A check of the form {@code ((a) AND (b) ...)} as PostgreSQL prints it, with its top-level operands sorted:
     * Hibernate joins the Bean Validation checks of one column ({@code @Min}, {@code @Max}) in Hibernate Validator's
     * hash order of constraint descriptors, not in declaration order, so the same condition may come in either
     * order. Other expressions are left as they are.
     */
    static String conjunctsInOrder(String expression) {
        String e = expression.strip();
        if (!e.startsWith("((") || !e.endsWith("))")) {
            return expression;
        }
        String inner = e.substring(1, e.length() - 1);
        java.util.List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')') {
                depth--;
            } else if (!quoted && depth == 0 && inner.startsWith(" AND ", i)) {
                parts.add(inner.substring(start, i));
                start = i + 5;
                i += 4;
            } else if (!quoted && depth == 0 && inner.startsWith(" OR ", i)) {
                return expression; // a mix of AND and OR at the top: keep it
            }
        }
        parts.add(inner.substring(start));
        if (parts.size() < 2 || parts.stream().anyMatch(x -> !x.startsWith("(") || !x.endsWith(")"))) {
            return expression;
        }
        return "(" + String.join(" AND ", parts.stream().sorted().toList()) + ")";
    }

    /**
     * Every check with its name, one line each ({@code table t: check t_x_check CHECK (...)}): unnamed checks
     * are named by PostgreSQL in Hibernate's schema, by Mifty's model in the other.
     */
    static String checkNames(Schema schema) {
        List<String> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            t.checks().forEach(c -> out.add("table " + t.name().name() + ": check " + c.name() + " " + c.expression()));
        }
        return out.stream().sorted().collect(Collectors.joining("\n"));
    }

    /** {@code (a, b) -> (x, y)} and {@code (b, a) -> (y, x)} are the same key: print the pairs sorted. */
    private static String pairs(ForeignKey fk) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            pairs.add(fk.columns().get(i) + "=" + fk.referencedColumns().get(i));
        }
        return pairs.stream().sorted().toList().toString();
    }

    /**
     * Each table's column order, then the column order of its primary key and unique constraints
     * (the order of a key's index) and of its foreign keys (a composite key's column pairs), one line a table.
     */
    static String order(Schema schema) {
        return schema.tables().stream().map(t -> t.name().name() + ": "
                + t.columns().stream().map(Column::name).collect(Collectors.joining(", "))
                + (t.primaryKey() == null ? "" : "; primary key " + t.primaryKey().columns())
                + t.uniqueConstraints().stream().map(u -> "; unique " + u.columns()).sorted()
                        .collect(Collectors.joining())
                + t.foreignKeys().stream().map(fk -> "; foreign key " + fk.columns() + " -> "
                        + fk.referencedTable().name() + fk.referencedColumns()).sorted()
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String type(SqlType t) {
        StringBuilder b = new StringBuilder(t.name());
        if (t.length() != null) {
            b.append('(').append(t.length()).append(')');
        } else if (t.precision() != null) {
            b.append('(').append(t.precision()).append(t.scale() == null ? "" : "," + t.scale()).append(')');
        }
        return b.toString();
    }

    private static List<String> sorted(List<String> columns) {
        return columns.stream().sorted().toList();
    }
}
