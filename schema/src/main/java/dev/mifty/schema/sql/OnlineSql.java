package dev.mifty.schema.sql;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.Change.AddCheck;
import dev.mifty.schema.diff.Change.AddForeignKey;
import dev.mifty.schema.diff.Change.AddUnique;
import dev.mifty.schema.diff.Change.CreateIndex;
import dev.mifty.schema.diff.Change.DropIndex;
import dev.mifty.schema.diff.Change.SetNotNull;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.QualifiedName;
import java.util.List;

/**
 * The online forms of the changes that lock a busy table (squawk's and strong_migrations' rules),
 * for a non-transactional migration where each statement commits on its own:
 * <ul>
 *   <li>indexes: {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS}, {@code DROP INDEX CONCURRENTLY IF EXISTS}
 *       (no write lock while built; repeatable, so an interrupted run can simply run again);</li>
 *   <li>unique constraints: a unique index built concurrently, then {@code ADD CONSTRAINT ... UNIQUE USING INDEX};</li>
 *   <li>foreign keys and checks: added {@code NOT VALID} (a short lock, no scan), then
 *       {@code VALIDATE CONSTRAINT} in its own transaction (scans without blocking writes);</li>
 *   <li>{@code SET NOT NULL}: through a {@code CHECK (c IS NOT NULL) NOT VALID}, validated, after which
 *       PostgreSQL 12+ sets NOT NULL without scanning; the check is dropped again.</li>
 * </ul>
 * Other changes have no online form and render as usual.
 */
final class OnlineSql {

    private OnlineSql() {
    }

    /** True when {@code change} has an online form. */
    static boolean hasOnlineForm(Change change) {
        return change instanceof CreateIndex || change instanceof DropIndex || change instanceof AddUnique
                || change instanceof AddForeignKey || change instanceof AddCheck || change instanceof SetNotNull;
    }

    /** The online statements of {@code change}, or null when it has no online form. */
    static List<String> render(Change change) {
        if (change instanceof CreateIndex c) {
            return List.of(createIndexConcurrently(c.table(), c.index()));
        } else if (change instanceof DropIndex c) {
            return List.of("DROP INDEX CONCURRENTLY IF EXISTS "
                    + PostgresDialect.name(new QualifiedName(c.table().schema(), c.index().name())));
        } else if (change instanceof AddUnique c) {
            Index index = new Index(c.unique().name(), c.unique().columns(), true);
            return List.of(createIndexConcurrently(c.table(), index),
                    TableSql.alter(c.table()) + "ADD CONSTRAINT " + PostgresDialect.quote(c.unique().name())
                            + " UNIQUE USING INDEX " + PostgresDialect.quote(c.unique().name()));
        } else if (change instanceof AddForeignKey c) {
            return List.of(TableSql.addForeignKey(c.table(), c.foreignKey()) + " NOT VALID",
                    validate(c.table(), c.foreignKey().name()));
        } else if (change instanceof AddCheck c) {
            return List.of(TableSql.alter(c.table()) + "ADD " + TableSql.check(c.check()) + " NOT VALID",
                    validate(c.table(), c.check().name()));
        } else if (change instanceof SetNotNull c) {
            String check = notNullCheckName(c.table().name(), c.column());
            return List.of(
                    TableSql.alter(c.table()) + "ADD CONSTRAINT " + PostgresDialect.quote(check) + " CHECK ("
                            + PostgresDialect.quote(c.column()) + " IS NOT NULL) NOT VALID",
                    validate(c.table(), check),
                    TableSql.alterColumn(c.table(), c.column()) + "SET NOT NULL",
                    TableSql.alter(c.table()) + "DROP CONSTRAINT " + PostgresDialect.quote(check));
        }
        return null;
    }

    private static String createIndexConcurrently(QualifiedName table, Index index) {
        return TableSql.createIndex(table, index).replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY IF NOT EXISTS ");
    }

    private static String validate(QualifiedName table, String constraint) {
        return TableSql.alter(table) + "VALIDATE CONSTRAINT " + PostgresDialect.quote(constraint);
    }

    /** {@code <table>_<column>_not_null}, cut to PostgreSQL's 63 bytes. */
    static String notNullCheckName(String table, String column) {
        String name = table + "_" + column + "_not_null";
        return name.length() <= 63 ? name : name.substring(0, 63);
    }
}
