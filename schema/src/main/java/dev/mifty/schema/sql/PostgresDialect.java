package dev.mifty.schema.sql;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.Change.AddCheck;
import dev.mifty.schema.diff.Change.AddColumn;
import dev.mifty.schema.diff.Change.AddForeignKey;
import dev.mifty.schema.diff.Change.AddPrimaryKey;
import dev.mifty.schema.diff.Change.AddUnique;
import dev.mifty.schema.diff.Change.AlterColumnType;
import dev.mifty.schema.diff.Change.AlterDefault;
import dev.mifty.schema.diff.Change.AlterIdentity;
import dev.mifty.schema.diff.Change.AlterSequence;
import dev.mifty.schema.diff.Change.CreateIndex;
import dev.mifty.schema.diff.Change.CreateSequence;
import dev.mifty.schema.diff.Change.CreateTable;
import dev.mifty.schema.diff.Change.DropCheck;
import dev.mifty.schema.diff.Change.DropColumn;
import dev.mifty.schema.diff.Change.DropForeignKey;
import dev.mifty.schema.diff.Change.DropIndex;
import dev.mifty.schema.diff.Change.DropNotNull;
import dev.mifty.schema.diff.Change.DropPrimaryKey;
import dev.mifty.schema.diff.Change.DropSequence;
import dev.mifty.schema.diff.Change.DropTable;
import dev.mifty.schema.diff.Change.DropUnique;
import dev.mifty.schema.diff.Change.RenameColumn;
import dev.mifty.schema.diff.Change.RenameTable;
import dev.mifty.schema.diff.Change.SetNotNull;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Renders changes to PostgreSQL statements. Every identifier goes through {@link #quote}. */
public final class PostgresDialect {

    /** The statements of one change, in order, without trailing semicolons. */
    public List<String> render(Change change) {
        if (change instanceof CreateTable c) {
            return TableSql.createTable(c.table());
        } else if (change instanceof DropTable c) {
            return List.of("DROP TABLE " + name(c.table().name()));
        } else if (change instanceof RenameTable c) {
            return renameTable(c.from(), c.to());
        } else if (change instanceof AddColumn c) {
            return addColumn(c.table(), c.column());
        } else if (change instanceof DropColumn c) {
            return List.of(TableSql.alter(c.table()) + "DROP COLUMN " + quote(c.column().name()));
        } else if (change instanceof RenameColumn c) {
            return List.of(TableSql.alter(c.table()) + "RENAME COLUMN " + quote(c.from()) + " TO " + quote(c.to()));
        } else if (change instanceof AlterColumnType c) {
            return List.of(alterColumnType(c.table(), c.column(), c.from(), c.to()));
        } else if (change instanceof SetNotNull c) {
            return List.of(TableSql.alterColumn(c.table(), c.column()) + "SET NOT NULL");
        } else if (change instanceof DropNotNull c) {
            return List.of(TableSql.alterColumn(c.table(), c.column()) + "DROP NOT NULL");
        } else if (change instanceof AlterDefault c) {
            return List.of(TableSql.alterColumn(c.table(), c.column())
                    + (c.to() == null ? "DROP DEFAULT" : "SET DEFAULT " + c.to()));
        } else if (change instanceof AlterIdentity c) {
            return alterIdentity(c.table(), c.column(), c.from(), c.to());
        } else if (change instanceof AddPrimaryKey c) {
            return List.of(TableSql.alter(c.table()) + "ADD " + TableSql.primaryKey(c.primaryKey()));
        } else if (change instanceof DropPrimaryKey c) {
            return List.of(dropConstraint(c.table(), c.primaryKey().name()));
        } else if (change instanceof AddForeignKey c) {
            return List.of(TableSql.addForeignKey(c.table(), c.foreignKey()));
        } else if (change instanceof DropForeignKey c) {
            return List.of(dropConstraint(c.table(), c.foreignKey().name()));
        } else if (change instanceof AddUnique c) {
            return List.of(TableSql.alter(c.table()) + "ADD " + TableSql.unique(c.unique()));
        } else if (change instanceof DropUnique c) {
            return List.of(dropConstraint(c.table(), c.unique().name()));
        } else if (change instanceof AddCheck c) {
            return List.of(TableSql.alter(c.table()) + "ADD " + TableSql.check(c.check()));
        } else if (change instanceof DropCheck c) {
            return List.of(dropConstraint(c.table(), c.check().name()));
        } else if (change instanceof CreateIndex c) {
            return List.of(TableSql.createIndex(c.table(), c.index()));
        } else if (change instanceof DropIndex c) {
            return List.of("DROP INDEX " + name(new QualifiedName(c.table().schema(), c.index().name())));
        } else if (change instanceof CreateSequence c) {
            Sequence s = c.sequence();
            return List.of("CREATE SEQUENCE " + name(s.name()) + " START WITH " + s.start()
                    + " INCREMENT BY " + s.increment() + (s.options() == null ? "" : " " + s.options()));
        } else if (change instanceof DropSequence c) {
            return List.of("DROP SEQUENCE " + name(c.sequence().name()));
        } else if (change instanceof AlterSequence c) {
            return alterSequence(c.from(), c.to());
        }
        return renderSchemaLevel(change);
    }

    private static List<String> renderSchemaLevel(Change change) {
        if (change instanceof Change.CreateSchema c) {
            return List.of(TypeSql.createSchema(c.schema()));
        } else if (change instanceof Change.DropSchema c) {
            return List.of(TypeSql.dropSchema(c.schema()));
        } else if (change instanceof Change.SetTableComment c) {
            return List.of(TableSql.tableComment(c.table(), c.to()));
        } else if (change instanceof Change.SetColumnComment c) {
            return List.of(TableSql.columnComment(c.table(), c.column(), c.to()));
        } else if (change instanceof Change.CreateEnumType c) {
            return List.of(TypeSql.createEnum(c.type()));
        } else if (change instanceof Change.DropEnumType c) {
            return List.of(TypeSql.dropType(c.type().name()));
        } else if (change instanceof Change.AlterEnumType c) {
            return TypeSql.alterEnum(c);
        } else if (change instanceof Change.CreateCompositeType c) {
            return List.of(TypeSql.createComposite(c.type()));
        } else if (change instanceof Change.DropCompositeType c) {
            return List.of(TypeSql.dropType(c.type().name()));
        } else if (change instanceof Change.AddAttribute c) {
            return List.of(TypeSql.addAttribute(c.type(), c.attribute()));
        } else if (change instanceof Change.DropAttribute c) {
            return List.of(TypeSql.dropAttribute(c.type(), c.attribute().name()));
        } else if (change instanceof Change.AlterAttributeType c) {
            return List.of(TypeSql.alterAttribute(c));
        }
        throw new IllegalArgumentException("unknown change " + change);
    }

    /**
     * The online form of a change on a busy existing table ({@code CONCURRENTLY} indexes,
     * {@code NOT VALID} + {@code VALIDATE}, {@code SET NOT NULL} through a validated check; see
     * {@link OnlineSql}), for a non-transactional migration; the usual form when there is none.
     */
    public List<String> renderOnline(Change change) {
        List<String> online = OnlineSql.render(change);
        return online != null ? online : render(change);
    }

    /** True when {@link #renderOnline} has a form of its own for this change. */
    public static boolean hasOnlineForm(Change change) {
        return OnlineSql.hasOnlineForm(change);
    }

    /** All statements of the changes, in order. */
    public List<String> renderAll(List<? extends Change> changes) {
        List<String> statements = new ArrayList<>();
        for (Change change : changes) {
            statements.addAll(render(change));
        }
        return statements;
    }

    /**
     * {@code CREATE TEMPORARY TABLE} for a table (columns and inline constraints; an unqualified
     * name): a scratch copy that disappears with the session, e.g. to let PostgreSQL print a model's
     * expressions back.
     */
    public List<String> renderTemporary(Table table) {
        return TableSql.createTable(table, "CREATE TEMPORARY TABLE ");
    }

    /**
     * An identifier for SQL, quoted only where PostgreSQL needs it, exactly as its own
     * {@code quote_ident} decides: a name of lower-case ASCII letters, digits and {@code _} that does
     * not start with a digit and is not a key word PostgreSQL quotes ({@link PostgresKeywords}) stays
     * bare; any other name is double-quoted, embedded quotes doubled.
     */
    public static String quote(String identifier) {
        if (isBare(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static boolean isBare(String identifier) {
        if (identifier.isEmpty()) {
            return false;
        }
        char first = identifier.charAt(0);
        if (!((first >= 'a' && first <= 'z') || first == '_')) {
            return false;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char ch = identifier.charAt(i);
            if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) {
                return false;
            }
        }
        return !PostgresKeywords.QUOTED.contains(identifier);
    }

    /** A table or sequence name for SQL: {@code schema.name} or {@code name}, each part through {@link #quote}. */
    public static String name(QualifiedName name) {
        return name.schema() == null ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
    }

    /** A column type as SQL ({@code int4} -> {@code integer}, {@code timestamptz} -> {@code timestamp(6) with time zone}, ...). */
    public static String renderType(SqlType type) {
        return SqlTypes.render(type);
    }

    /** A string as an SQL string literal (single quotes doubled). */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * A NOT NULL column without default or identity is added with the type's zero value as a
     * temporary default (so existing rows get a value) which is dropped at once: the table ends
     * exactly as declared. A type without a known zero value is added plainly: on a table with
     * rows PostgreSQL refuses it with a clear error, and nothing is changed silently.
     */
    private static List<String> addColumn(QualifiedName table, Column column) {
        String zero = SqlTypes.zeroValue(column.type());
        List<String> statements = new ArrayList<>();
        if (column.nullable() || column.defaultValue() != null || column.identity() != Identity.NONE || zero == null) {
            statements.add(TableSql.alter(table) + "ADD COLUMN " + TableSql.columnDefinition(column));
        } else {
            statements.add(TableSql.alter(table) + "ADD COLUMN " + TableSql.columnDefinition(column.withDefault(zero)));
            statements.add(TableSql.alterColumn(table, column.name()) + "DROP DEFAULT");
        }
        if (column.comment() != null) {
            statements.add(TableSql.columnComment(table, column.name(), column.comment()));
        }
        return statements;
    }

    /**
     * {@code TYPE t USING c::t}, so that any castable type converts (text to integer, ...). Not for a
     * string type of limited length: an explicit cast there truncates silently, while the plain
     * form (an assignment cast) stops with "value too long" — a loud error, never lost data.
     * Between two user types (enum to enum) the value goes through {@code text}: PostgreSQL has
     * no direct cast.
     */
    private static String alterColumnType(QualifiedName table, String column, SqlType from, SqlType to) {
        String type = renderType(to);
        if (from.isUser() && to.isUser()) {
            return TableSql.alterColumn(table, column) + "TYPE " + type + " USING " + quote(column) + "::text::" + type;
        }
        String name = to.name().startsWith("_") ? to.name().substring(1) : to.name();
        boolean limitedString = to.length() != null && !to.isRaw()
                && (name.equals("varchar") || name.equals("bpchar") || name.equals("bit") || name.equals("varbit"));
        return TableSql.alterColumn(table, column) + "TYPE " + type + (limitedString ? "" : " USING " + quote(column) + "::" + type);
    }

    private static List<String> renameTable(QualifiedName from, QualifiedName to) {
        List<String> statements = new ArrayList<>();
        QualifiedName current = from;
        if (!Objects.equals(from.schema(), to.schema())) {
            String target = to.schema() == null ? "public" : to.schema();
            statements.add("ALTER TABLE " + name(from) + " SET SCHEMA " + quote(target));
            current = new QualifiedName(to.schema(), from.name());
        }
        if (!from.name().equals(to.name())) {
            statements.add("ALTER TABLE " + name(current) + " RENAME TO " + quote(to.name()));
        }
        return statements;
    }

    /**
     * Identity changes. When a column becomes an identity its sequence is moved past the values
     * the column already holds, so the next insert does not collide with existing rows.
     */
    private static List<String> alterIdentity(QualifiedName table, String column, Identity from, Identity to) {
        if (from == to) {
            return List.of();
        }
        if (to == Identity.NONE) {
            return List.of(TableSql.alterColumn(table, column) + "DROP IDENTITY");
        }
        if (from != Identity.NONE) {
            return List.of(TableSql.alterColumn(table, column) + "SET GENERATED "
                    + (to == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT"));
        }
        return List.of(
                TableSql.alterColumn(table, column) + "ADD " + TableSql.identityClause(to),
                "SELECT setval(pg_get_serial_sequence(" + literal(name(table)) + ", " + literal(column) + "), "
                        + "coalesce(max(" + quote(column) + "), 0) + 1, false) FROM " + name(table));
    }

    private static List<String> alterSequence(Sequence from, Sequence to) {
        List<String> clauses = new ArrayList<>();
        if (from.start() != to.start()) {
            clauses.add("START WITH " + to.start());
        }
        if (from.increment() != to.increment()) {
            clauses.add("INCREMENT BY " + to.increment());
        }
        List<String> statements = new ArrayList<>();
        if (!clauses.isEmpty()) {
            statements.add("ALTER SEQUENCE " + name(from.name()) + " " + String.join(" ", clauses));
        }
        if (!from.name().equals(to.name())) {
            statements.add("ALTER SEQUENCE " + name(from.name()) + " RENAME TO " + quote(to.name().name()));
        }
        return statements;
    }

    private static String dropConstraint(QualifiedName table, String constraint) {
        return TableSql.alter(table) + "DROP CONSTRAINT " + quote(constraint);
    }

}
