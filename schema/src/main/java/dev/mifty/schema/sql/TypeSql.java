package dev.mifty.schema.sql;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Schemas, enum and composite types: CREATE/DROP SCHEMA, CREATE/ALTER/DROP TYPE. */
final class TypeSql {

    /** The comment that marks a schema Mifty created (so that only such a schema is ever dropped). */
    static final String SCHEMA_MARK = "created by Mifty";

    private TypeSql() {
    }

    /**
     * Creates the schema only when it is missing (no {@code CREATE} privilege is needed when a DBA
     * made it), and marks it as Mifty's.
     */
    static String createSchema(String schema) {
        String q = PostgresDialect.quote(schema);
        return "DO $$\nBEGIN\n    IF to_regnamespace(" + PostgresDialect.literal(q) + ") IS NULL THEN\n"
                + "        CREATE SCHEMA " + q + ";\n"
                + "        COMMENT ON SCHEMA " + q + " IS " + PostgresDialect.literal(SCHEMA_MARK) + ";\n"
                + "    END IF;\nEND\n$$";
    }

    /** Drops the schema only when Mifty created it; {@code DROP SCHEMA} refuses one that still holds objects. */
    static String dropSchema(String schema) {
        String q = PostgresDialect.quote(schema);
        return "DO $$\nBEGIN\n    IF obj_description(to_regnamespace(" + PostgresDialect.literal(q) + "), 'pg_namespace') = "
                + PostgresDialect.literal(SCHEMA_MARK) + " THEN\n"
                + "        DROP SCHEMA " + q + ";\n"
                + "    END IF;\nEND\n$$";
    }

    static String createEnum(EnumType type) {
        return "CREATE TYPE " + PostgresDialect.name(type.name()) + " AS ENUM ("
                + type.labels().stream().map(PostgresDialect::literal).collect(Collectors.joining(", ")) + ")";
    }

    static String dropType(QualifiedName type) {
        return "DROP TYPE " + PostgresDialect.name(type);
    }

    static List<String> alterEnum(Change.AlterEnumType change) {
        return change.addsLabelsOnly() ? addLabels(change.from(), change.to()) : recreate(change);
    }

    /** One {@code ADD VALUE} per new label, placed after its predecessor (or before its successor). */
    private static List<String> addLabels(EnumType from, EnumType to) {
        List<String> statements = new ArrayList<>();
        Set<String> present = new HashSet<>(from.labels());
        List<String> labels = to.labels();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (present.add(label)) {
                String place = "";
                if (i > 0) {
                    place = " AFTER " + PostgresDialect.literal(labels.get(i - 1));
                } else if (labels.size() > 1 && present.contains(labels.get(1))) {
                    place = " BEFORE " + PostgresDialect.literal(labels.get(1));
                }
                statements.add("ALTER TYPE " + PostgresDialect.name(to.name()) + " ADD VALUE IF NOT EXISTS "
                        + PostgresDialect.literal(label) + place);
            }
        }
        return statements;
    }

    /**
     * Rename the type away, create it anew, convert every column through {@code text} (its
     * default dropped first and set again: a default typed with the old type cannot be cast), drop
     * the old type; all in one {@code DO} block, so that it is atomic even in a non-transactional
     * migration (the inverse of a recreation may add labels, which makes the migration so).
     */
    private static List<String> recreate(Change.AlterEnumType change) {
        StringBuilder block = new StringBuilder("DO $$\nBEGIN\n");
        for (String statement : recreateSteps(change)) {
            block.append("    ").append(statement.replace("\n", "\n    ")).append(";\n");
        }
        return List.of(block.append("END\n$$").toString());
    }

    private static List<String> recreateSteps(Change.AlterEnumType change) {
        QualifiedName name = change.to().name();
        String oldName = retiredName(name.name());
        QualifiedName retired = new QualifiedName(name.schema(), oldName);
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TYPE " + PostgresDialect.name(name) + " RENAME TO " + PostgresDialect.quote(oldName));
        statements.add(createEnum(change.to()));
        String type = PostgresDialect.name(name);
        for (Change.ColumnUse use : change.columns()) {
            String alter = TableSql.alterColumn(use.table(), use.column());
            if (use.defaultValue() != null) {
                statements.add(alter + "DROP DEFAULT");
            }
            statements.add(alter + "TYPE " + type + " USING " + PostgresDialect.quote(use.column()) + "::text::" + type);
            if (use.defaultValue() != null) {
                statements.add(alter + "SET DEFAULT " + use.defaultValue());
            }
        }
        statements.add(dropType(retired));
        return statements;
    }

    /** {@code <name>_mifty_old}, cut to PostgreSQL's 63 bytes. */
    private static String retiredName(String name) {
        String suffix = "_mifty_old";
        String base = name;
        while ((base + suffix).getBytes(StandardCharsets.UTF_8).length > 63) {
            base = base.substring(0, base.length() - 1);
        }
        return base + suffix;
    }

    static String createComposite(CompositeType type) {
        return "CREATE TYPE " + PostgresDialect.name(type.name()) + " AS ("
                + type.attributes().stream().map(TypeSql::attribute).collect(Collectors.joining(", ")) + ")";
    }

    static String addAttribute(QualifiedName type, CompositeType.Attribute attribute) {
        return "ALTER TYPE " + PostgresDialect.name(type) + " ADD ATTRIBUTE " + attribute(attribute);
    }

    static String dropAttribute(QualifiedName type, String attribute) {
        return "ALTER TYPE " + PostgresDialect.name(type) + " DROP ATTRIBUTE " + PostgresDialect.quote(attribute);
    }

    static String alterAttribute(Change.AlterAttributeType change) {
        return "ALTER TYPE " + PostgresDialect.name(change.type()) + " ALTER ATTRIBUTE "
                + PostgresDialect.quote(change.attribute()) + " TYPE " + PostgresDialect.renderType(change.to());
    }

    private static String attribute(CompositeType.Attribute attribute) {
        return PostgresDialect.quote(attribute.name()) + " " + PostgresDialect.renderType(attribute.type());
    }
}
