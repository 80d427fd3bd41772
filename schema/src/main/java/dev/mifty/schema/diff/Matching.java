package dev.mifty.schema.diff;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which old table (column) becomes which new one: same name, or a rename hint. A hint applies when
 * the old schema has the old name and not yet the new one, and the new schema has the new name.
 * A hint whose new name is already in the old schema was applied by an earlier migration and is
 * ignored; a hint naming neither is reported as {@link DiffProblem.Kind#UNKNOWN_RENAME_SOURCE}.
 */
final class Matching {

    /** A table on both sides, with the column renames that apply to it (old -> new). */
    static final class TablePair {
        private final Table from;
        private final Table to;
        private final Map<String, String> columnRenames;
        private final Map<String, String> newToOld = new HashMap<>();
        private final Set<String> oldNames = new HashSet<>();
        private final Set<String> displaced = new HashSet<>();

        TablePair(Table from, Table to, Map<String, String> columnRenames) {
            this.from = from;
            this.to = to;
            this.columnRenames = columnRenames;
            columnRenames.forEach((o, n) -> newToOld.put(n, o));
            from.columns().forEach(c -> oldNames.add(c.name()));
            for (String target : columnRenames.values()) {
                if (oldNames.contains(target) && !columnRenames.containsKey(target)) {
                    displaced.add(target);
                }
            }
        }

        /**
         * True for an old column whose name a renamed column takes while it stays behind: it is
         * dropped before the renames, and nothing that used it is kept as unchanged.
         */
        boolean displaced(String oldName) {
            return displaced.contains(oldName);
        }

        Table from() {
            return from;
        }

        Table to() {
            return to;
        }

        /** Applied column renames, old -> new, sorted by old name. */
        Map<String, String> columnRenames() {
            return columnRenames;
        }

        boolean renamed() {
            return !from.name().equals(to.name());
        }

        /** The new name of an old column; a displaced column gets a name no new column has. */
        String newColumnName(String oldName) {
            return displaced.contains(oldName) ? "\0" + oldName : columnRenames.getOrDefault(oldName, oldName);
        }

        /** The old column that becomes new column {@code newName}, or null when it is new. */
        String oldColumnName(String newName) {
            String old = newToOld.get(newName);
            if (old == null && oldNames.contains(newName) && !columnRenames.containsKey(newName)) {
                old = newName;
            }
            return old;
        }
    }

    final List<TablePair> pairs = new ArrayList<>();
    final List<Table> dropped = new ArrayList<>();
    final List<Table> created = new ArrayList<>();
    final List<DiffProblem> problems = new ArrayList<>();
    /** Applied table renames, old -> new. */
    final Map<QualifiedName, QualifiedName> tableRenames = new HashMap<>();
    /** Applied column renames by new table name, old -> new. */
    private final Map<QualifiedName, TablePair> pairsByNewName = new HashMap<>();
    private final Set<QualifiedName> displacedTables = new HashSet<>();

    private Matching() {
    }

    static Matching of(Schema from, Schema to, RenameHints hints) {
        Matching m = new Matching();
        Map<QualifiedName, Table> fromTables = byName(from.tables());
        Map<QualifiedName, Table> toTables = byName(to.tables());
        m.tableRenames.putAll(RenameSteps.applicable(hints.tables(), fromTables.keySet(), toTables.keySet(),
                Comparator.naturalOrder(), (o, n) -> likeness(fromTables.get(o), toTables.get(n), hints.columns().getOrDefault(n, Map.of()))));
        Map<QualifiedName, QualifiedName> newToOld = new HashMap<>();
        m.tableRenames.forEach((o, n) -> newToOld.put(n, o));
        m.tableRenames.values().stream().filter(n -> fromTables.containsKey(n) && !m.tableRenames.containsKey(n))
                .forEach(m.displacedTables::add);
        for (Map.Entry<QualifiedName, QualifiedName> hint : new TreeMap<>(hints.tables()).entrySet()) {
            QualifiedName oldName = hint.getKey();
            QualifiedName newName = hint.getValue();
            if (!oldName.equals(newName) && !fromTables.containsKey(oldName) && !fromTables.containsKey(newName)) {
                m.problems.add(new DiffProblem(DiffProblem.Kind.UNKNOWN_RENAME_SOURCE, newName, oldName.toString(),
                        newName.toString(), DiffMessages.unknownTableRenameSource(oldName, newName)));
            }
        }
        Map<QualifiedName, Table> matchedFrom = new HashMap<>();
        for (Table newTable : to.tables()) {
            QualifiedName oldName = newToOld.get(newTable.name());
            if (oldName == null && !m.tableRenames.containsKey(newTable.name())) {
                oldName = newTable.name();
            }
            Table oldTable = oldName == null ? null : fromTables.get(oldName);
            if (oldTable == null) {
                m.created.add(newTable);
                m.columnHintsOnNewTable(newTable, hints);
            } else {
                matchedFrom.put(oldTable.name(), oldTable);
                TablePair pair = new TablePair(oldTable, newTable, m.columnRenames(oldTable, newTable, hints));
                m.pairsByNewName.put(newTable.name(), pair);
                m.pairs.add(pair);
            }
        }
        for (Table oldTable : from.tables()) {
            if (!matchedFrom.containsKey(oldTable.name())) {
                m.dropped.add(oldTable);
            }
        }
        return m;
    }

    private Map<String, String> columnRenames(Table oldTable, Table newTable, RenameHints hints) {
        Map<String, String> columnHints = hints.columns().getOrDefault(newTable.name(), Map.of());
        if (columnHints.isEmpty()) {
            return Map.of();
        }
        Map<String, Column> oldColumns = columnsByName(oldTable);
        Map<String, Column> newColumns = columnsByName(newTable);
        for (Map.Entry<String, String> hint : new TreeMap<>(columnHints).entrySet()) {
            String oldName = hint.getKey();
            String newName = hint.getValue();
            if (!oldName.equals(newName) && !oldColumns.containsKey(oldName) && !oldColumns.containsKey(newName)) {
                problems.add(new DiffProblem(DiffProblem.Kind.UNKNOWN_RENAME_SOURCE, newTable.name(), oldName, newName,
                        DiffMessages.unknownColumnRenameSource(newTable.name(), oldName, newName)));
            }
        }
        Map<String, Set<QualifiedName>> oldTargets = referencedTables(oldTable, this::newTableName);
        Map<String, Set<QualifiedName>> newTargets = referencedTables(newTable, name -> name);
        return RenameSteps.applicable(columnHints, oldColumns.keySet(), newColumns.keySet(), Comparator.naturalOrder(),
                (o, n) -> likeness(oldColumns.get(o), newColumns.get(n))
                        + sameForeignKeyTargets(oldTargets.get(o), newTargets.get(n)));
    }

    /**
     * The tables each foreign-key column of a table points to, named by {@code naming} (old tables
     * in their new names, so that a renamed referenced table still matches).
     */
    private static Map<String, Set<QualifiedName>> referencedTables(Table table,
                                                                   Function<QualifiedName, QualifiedName> naming) {
        Map<String, Set<QualifiedName>> targets = new HashMap<>();
        for (ForeignKey fk : table.foreignKeys()) {
            QualifiedName referenced = naming.apply(fk.referencedTable());
            fk.columns().forEach(c -> targets.computeIfAbsent(c, k -> new HashSet<>()).add(referenced));
        }
        return targets;
    }

    /**
     * 1 when an old and a new column are both foreign-key columns pointing to the same tables: the
     * foreign key follows the column it is on, so it tells which old column a new one is (a swap
     * of a foreign-key column with a column whose type also changes is otherwise a tie).
     */
    private static int sameForeignKeyTargets(Set<QualifiedName> oldTargets, Set<QualifiedName> newTargets) {
        return oldTargets != null && oldTargets.equals(newTargets) ? 1 : 0;
    }

    /** The table renames as steps in a valid order (swaps go through a temporary name). */
    List<Map.Entry<QualifiedName, QualifiedName>> tableRenameSteps(Set<QualifiedName> takenNames) {
        return RenameSteps.order(tableRenames, Comparator.naturalOrder(),
                (source, i) -> new QualifiedName(source.schema(), "mifty_tmp_" + i), takenNames::contains);
    }

    /** A pair's column renames as steps in a valid order (swaps go through a temporary name). */
    static List<Map.Entry<String, String>> columnRenameSteps(TablePair pair) {
        Set<String> taken = new HashSet<>();
        pair.from().columns().forEach(c -> taken.add(c.name()));
        pair.to().columns().forEach(c -> taken.add(c.name()));
        return RenameSteps.order(pair.columnRenames(), Comparator.naturalOrder(), (source, i) -> "mifty_tmp_" + i, taken::contains);
    }

    /** Column hints on a table that did not exist before cannot apply. */
    private void columnHintsOnNewTable(Table newTable, RenameHints hints) {
        Map<String, String> columnHints = hints.columns().getOrDefault(newTable.name(), Map.of());
        for (Map.Entry<String, String> hint : new TreeMap<>(columnHints).entrySet()) {
            problems.add(new DiffProblem(DiffProblem.Kind.UNKNOWN_RENAME_SOURCE, newTable.name(), hint.getKey(),
                    hint.getValue(), DiffMessages.unknownColumnRenameSource(newTable.name(), hint.getKey(), hint.getValue())));
        }
    }

    /** The new name of an old table; a displaced one (dropped, its name taken by a rename) gets a name no table has. */
    QualifiedName newTableName(QualifiedName oldName) {
        if (displacedTables.contains(oldName)) {
            return new QualifiedName(oldName.schema(), "\0" + oldName.name());
        }
        return tableRenames.getOrDefault(oldName, oldName);
    }

    String newColumnName(QualifiedName newTable, String oldColumn) {
        TablePair pair = pairsByNewName.get(newTable);
        return pair == null ? oldColumn : pair.newColumnName(oldColumn);
    }

    /** An old foreign key in new names (own columns, referenced table and columns), for comparison. */
    ForeignKey translate(TablePair pair, ForeignKey fk) {
        QualifiedName referenced = newTableName(fk.referencedTable());
        return new ForeignKey(fk.name(),
                fk.columns().stream().map(pair::newColumnName).toList(),
                referenced,
                fk.referencedColumns().stream().map(c -> newColumnName(referenced, c)).toList(),
                fk.onDelete());
    }

    static Index translate(TablePair pair, Index index) {
        return new Index(index.name(), index.columns().stream().map(entry -> {
            String column = IndexColumns.column(entry);
            return pair.newColumnName(column) + entry.substring(column.length());
        }).toList(), index.unique(), index.options());
    }

    /**
     * How much old table {@code a} looks like new table {@code b}: {@link #commonColumns}, with the
     * old column names taken as they are or as the column hints of {@code b} rename them, whichever
     * is more (a renamed column counts as in common). Never more than {@code b} with itself.
     */
    private static int likeness(Table a, Table b, Map<String, String> columnHints) {
        int plain = commonColumns(a, b, Map.of());
        return columnHints.isEmpty() ? plain : Math.max(plain, commonColumns(a, b, columnHints));
    }

    /**
     * How much two tables look alike, to judge swaps of tables: column names in common (old names
     * through {@code renames}) plus column definitions (ignoring names) in common. A table is
     * always most like itself.
     */
    private static int commonColumns(Table a, Table b, Map<String, String> renames) {
        Set<String> names = new HashSet<>();
        Map<Column, Integer> definitions = new HashMap<>();
        for (Column c : a.columns()) {
            names.add(renames.getOrDefault(c.name(), c.name()));
            definitions.merge(c.withName(""), 1, Integer::sum);
        }
        int common = 0;
        for (Column c : b.columns()) {
            common += names.contains(c.name()) ? 1 : 0;
            Integer left = definitions.get(c.withName(""));
            if (left != null && left > 0) {
                definitions.put(c.withName(""), left - 1);
                common++;
            }
        }
        return common;
    }

    /** 2 for the same definition, 1 for the same type, else 0: how swaps of columns are judged. */
    private static int likeness(Column a, Column b) {
        if (a.withName(b.name()).equals(b)) {
            return 2;
        }
        return a.type().equals(b.type()) ? 1 : 0;
    }

    static Map<QualifiedName, Table> byName(List<Table> tables) {
        Map<QualifiedName, Table> map = new LinkedHashMap<>();
        for (Table t : tables) {
            map.put(t.name(), t);
        }
        return map;
    }

    static Map<String, Column> columnsByName(Table table) {
        Map<String, Column> map = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            map.put(c.name(), c);
        }
        return map;
    }
}
