package dev.mifty.schema.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.DiffProblem;
import dev.mifty.schema.diff.DiffResult;
import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.snapshot.SnapshotCodec;
import dev.mifty.schema.sql.PostgresDialect;
import dev.mifty.schema.testing.ColumnKinds;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One round trip on a connection, in a transaction that is rolled back at the end: create A in a
 * fresh schema (rendered diff empty -> A), insert a row into every table, apply the rendered diff
 * A -> B and compare the introspected schema with B and the rows with what was inserted, then apply
 * the inverse changes in reverse order and compare with A again.
 */
final class RoundTrip {

    private final Connection connection;
    private final String schemaName;
    private final SchemaDiffer differ = new SchemaDiffer();
    private final PostgresDialect dialect = new PostgresDialect();
    private final Introspector introspector = new Introspector();
    private final List<String> log = new ArrayList<>();

    RoundTrip(Connection connection, String schemaName) {
        this.connection = connection;
        this.schemaName = schemaName;
    }

    void run(Schema a, Schema b, RenameHints renames, String description) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA " + PostgresDialect.quote(schemaName));
            s.execute("SET LOCAL search_path TO " + PostgresDialect.quote(schemaName));
            try {
                check(a, b, renames);
            } catch (AssertionError | SQLException | RuntimeException e) {
                throw new AssertionError(description + "\n" + e.getMessage() + "\n--- statements run:\n"
                        + String.join("\n", log) + "\n--- A:\n" + new SnapshotCodec().write(a)
                        + "--- B:\n" + new SnapshotCodec().write(b) + "--- renames: " + renames, e);
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private void check(Schema a, Schema b, RenameHints renames) throws SQLException {
        log.add("-- create A");
        apply(diff(Schema.empty(), a, RenameHints.none()).changes());
        assertSame(a, "A as created from empty");
        Map<QualifiedName, Map<String, String>> rows = insertRows(a);

        log.add("-- A -> B");
        List<Change> changes = diff(a, b, renames).changes();
        apply(changes);
        assertSame(b, "B after A -> B");
        assertRowsKept(a, b, renames, rows, "after A -> B");

        log.add("-- B -> A (inverse)");
        List<Change> inverse = new ArrayList<>(changes.stream().map(Change::inverse).toList());
        Collections.reverse(inverse);
        apply(inverse);
        assertSame(a, "A after the inverse of A -> B");
        assertRowsKept(b, a, invert(renames), keptThrough(a, b, renames, rows), "after the inverse");
    }

    private DiffResult diff(Schema from, Schema to, RenameHints renames) {
        DiffResult result = differ.diff(from, to, renames);
        assertThat(result.problems()).as("differ problems")
                .noneMatch(p -> p.kind() == DiffProblem.Kind.UNKNOWN_RENAME_SOURCE);
        return result;
    }

    private void apply(List<Change> changes) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (Change change : changes) {
                log.add("-- " + change);
                for (String sql : dialect.render(change)) {
                    log.add(sql + ";");
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException("statement failed [" + e.getSQLState() + "] " + e.getMessage()
                                + "\n  change: " + change + "\n  sql: " + sql, e);
                    }
                }
            }
        }
    }

    private void assertSame(Schema expected, String what) throws SQLException {
        Schema actual = introspector.read(connection, schemaName);
        if (!actual.equalsIgnoringColumnOrder(expected)) {
            SnapshotCodec codec = new SnapshotCodec();
            throw new AssertionError(what + ": introspected schema differs\n--- expected:\n"
                    + codec.write(expected.withSortedColumns()) + "--- actual:\n" + codec.write(actual.withSortedColumns()));
        }
    }

    /** One row per table with a value in every column but foreign-key columns; returns the values as text. */
    private Map<QualifiedName, Map<String, String>> insertRows(Schema schema) throws SQLException {
        Map<QualifiedName, Map<String, String>> rows = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            for (Table t : schema.tables()) {
                List<String> names = new ArrayList<>();
                List<String> values = new ArrayList<>();
                for (Column c : t.columns()) {
                    ColumnKinds.Kind kind = ColumnKinds.of(c.type());
                    boolean fk = t.foreignKeys().stream().anyMatch(f -> f.columns().contains(c.name()));
                    if (kind != null && !fk) {
                        names.add(PostgresDialect.quote(c.name()));
                        values.add("'" + kind.value().replace("'", "''") + "'");
                    }
                }
                boolean always = t.columns().stream().anyMatch(c -> c.identity() == Identity.ALWAYS);
                String sql = names.isEmpty() ? "INSERT INTO " + PostgresDialect.quote(t.name().name()) + " DEFAULT VALUES"
                        : "INSERT INTO " + PostgresDialect.quote(t.name().name()) + " (" + String.join(", ", names) + ")"
                        + (always ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" + String.join(", ", values) + ")";
                log.add(sql + ";");
                s.execute(sql);
                rows.put(t.name(), readRow(t));
            }
        }
        return rows;
    }

    private Map<String, String> readRow(Table t) throws SQLException {
        String columns = t.columns().stream().map(c -> PostgresDialect.quote(c.name()) + "::text")
                .collect(Collectors.joining(", "));
        Map<String, String> row = new LinkedHashMap<>();
        if (columns.isEmpty()) {
            return row;
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + PostgresDialect.quote(t.name().name()))) {
            assertThat(rs.next()).as("a row in %s", t.name()).isTrue();
            for (int i = 0; i < t.columns().size(); i++) {
                row.put(t.columns().get(i).name(), rs.getString(i + 1));
            }
            assertThat(rs.next()).as("one row only in %s", t.name()).isFalse();
        }
        return row;
    }

    /** Every table of {@code from} still in {@code to} holds its row, with the same value in every kept column. */
    private void assertRowsKept(Schema from, Schema to, RenameHints renames,
                                Map<QualifiedName, Map<String, String>> rows, String when) throws SQLException {
        for (Map.Entry<QualifiedName, Map<String, String>> entry : rows.entrySet()) {
            QualifiedName now = newName(renames.tables(), entry.getKey());
            Table table = now == null ? null : to.table(now).orElse(null);
            if (table == null || from.table(entry.getKey()).isEmpty()) {
                continue;
            }
            Map<String, String> columnRenames = renames.columns().getOrDefault(now, Map.of());
            Map<String, String> actual = readRow(table);
            for (Map.Entry<String, String> value : entry.getValue().entrySet()) {
                String column = newName(columnRenames, value.getKey());
                if (column != null && table.column(column).isPresent()) {
                    assertThat(actual.get(column)).as("%s: value of %s.%s (was %s.%s)", when, now, column,
                            entry.getKey(), value.getKey()).isEqualTo(value.getValue());
                }
            }
        }
    }

    /** The rows of A as they should read in B: kept tables and columns only, under their new names. */
    private static Map<QualifiedName, Map<String, String>> keptThrough(Schema a, Schema b, RenameHints renames,
                                                                     Map<QualifiedName, Map<String, String>> rows) {
        Map<QualifiedName, Map<String, String>> kept = new HashMap<>();
        rows.forEach((table, values) -> {
            QualifiedName now = newName(renames.tables(), table);
            (now == null ? java.util.Optional.<Table>empty() : b.table(now)).ifPresent(t -> {
                Map<String, String> columnRenames = renames.columns().getOrDefault(now, Map.of());
                Map<String, String> keptValues = new LinkedHashMap<>();
                values.forEach((column, value) -> {
                    String c = newName(columnRenames, column);
                    if (c != null && t.column(c).isPresent()) {
                        keptValues.put(c, value);
                    }
                });
                kept.put(now, keptValues);
            });
        });
        return kept;
    }

    /**
     * The new name of {@code old}: its rename target, else its own name unless another object was
     * renamed to it (then {@code old} was dropped: null).
     */
    private static <K> K newName(Map<K, K> renames, K old) {
        K target = renames.get(old);
        if (target != null) {
            return target;
        }
        return renames.containsValue(old) ? null : old;
    }

    /** The renames of the way back. */
    private static RenameHints invert(RenameHints renames) {
        Map<QualifiedName, QualifiedName> tables = new HashMap<>();
        renames.tables().forEach((from, to) -> tables.put(to, from));
        Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
        renames.columns().forEach((table, map) -> {
            QualifiedName old = tables.getOrDefault(table, table);
            Map<String, String> back = new HashMap<>();
            map.forEach((from, to) -> back.put(to, from));
            columns.put(old, back);
        });
        return new RenameHints(tables, columns);
    }
}
