package dev.mifty.schema.introspect;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rewrites a model's check expressions and column defaults into the text PostgreSQL prints for
 * them, so that a model compares equal to an {@link Introspector introspected} database that was
 * built from it. PostgreSQL does not keep an expression as written: {@code status in ('A','B')}
 * comes back as {@code ((status)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}.
 *
 * <p>Each table that has checks or defaults is created as a temporary table (columns only) with
 * them, read back, and everything is rolled back: the live schema is never touched. An expression
 * PostgreSQL refuses keeps its text (the difference it causes is then real).
 */
public final class Canonicalizer {

    private final PostgresDialect dialect = new PostgresDialect();

    public Schema canonicalize(Connection connection, Schema model) throws SQLException {
        List<Table> withExpressions = model.tables().stream()
                .filter(t -> !t.checks().isEmpty() || t.columns().stream().anyMatch(c -> c.defaultValue() != null))
                .toList();
        if (withExpressions.isEmpty()) {
            return model;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Map<QualifiedName, Table> printed = printed(connection, withExpressions);
            List<Table> tables = model.tables().stream().map(t -> rewrite(t, printed.get(t.name()))).toList();
            return model.withTables(tables);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The tables as PostgreSQL prints them back, keyed by the model's table name. */
    private Map<QualifiedName, Table> printed(Connection connection, List<Table> tables) throws SQLException {
        Map<String, QualifiedName> byTempName = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            int n = 0;
            for (Table table : tables) {
                QualifiedName temp = QualifiedName.of("mifty_canon_" + (++n));
                byTempName.put(temp.name(), table.name());
                List<Column> plain = table.columns().stream()
                        .map(c -> new Column(c.name(), c.type(), true, null, Identity.NONE, null)).toList();
                if (!attempt(connection, s, temp, plain)) {
                    // a type the database does not have yet (an enum of a pending migration): text
                    // stands in, and an expression that needs the type keeps its text
                    attempt(connection, s, temp, plain.stream()
                            .map(c -> c.type().isUser() ? c.withType(SqlType.of("text")) : c).toList());
                }
                for (Column column : table.columns()) {
                    if (column.defaultValue() != null) {
                        attempt(connection, s, new Change.AlterDefault(temp, column.name(), null, column.defaultValue()));
                    }
                }
                for (CheckConstraint check : table.checks()) {
                    attempt(connection, s, new Change.AddCheck(temp, check));
                }
            }
        }
        Map<QualifiedName, Table> printed = new HashMap<>();
        for (Table table : new Introspector().read(connection, tempSchema(connection)).tables()) {
            QualifiedName original = byTempName.get(table.name().name());
            if (original != null) {
                printed.put(original, table);
            }
        }
        return printed;
    }

    private boolean attempt(Connection connection, Statement s, QualifiedName temp, List<Column> columns)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            for (String sql : dialect.renderTemporary(
                    new Table(temp, columns, null, List.of(), List.of(), List.of(), List.of(), null))) {
                s.execute(sql);
            }
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException refused) {
            connection.rollback(savepoint);
            return false;
        }
    }

    private void attempt(Connection connection, Statement s, Change change) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            for (String sql : dialect.render(change)) {
                s.execute(sql);
            }
            connection.releaseSavepoint(savepoint);
        } catch (SQLException refused) {
            connection.rollback(savepoint);
        }
    }

    private static String tempSchema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE oid = pg_my_temp_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Table rewrite(Table table, Table printed) {
        if (printed == null) {
            return table;
        }
        List<Column> columns = table.columns().stream().map(c -> c.defaultValue() == null ? c
                : printed.column(c.name()).map(Column::defaultValue).filter(d -> d != null)
                        .map(c::withDefault).orElse(c)).toList();
        List<CheckConstraint> checks = table.checks().stream()
                .map(c -> find(printed, c.name()).map(p -> new CheckConstraint(c.name(), p.expression())).orElse(c))
                .toList();
        return table.withColumns(columns).withChecks(checks);
    }

    private static Optional<CheckConstraint> find(Table table, String name) {
        return table.checks().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
