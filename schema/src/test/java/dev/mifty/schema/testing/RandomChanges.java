package dev.mifty.schema.testing;

import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.UniqueConstraint;
import dev.mifty.schema.testing.ColumnKinds.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random steps from one schema to another, keeping the rules of {@link RandomSchemas} and recording
 * renames as {@link RenameHints}. A table or column is renamed or dropped at most once per pair,
 * and a dropped name is never reused, so the hints say exactly what became of every old object.
 */
final class RandomChanges {

    private final RandomSchemas gen;
    private final Random random;
    private final Schema from;
    private final List<TableDraft> tables;
    private final List<Sequence> sequences;
    private final Set<QualifiedName> created = new HashSet<>();
    private final Set<QualifiedName> renamedTables = new HashSet<>();
    private final Map<QualifiedName, QualifiedName> tableRenames = new LinkedHashMap<>();
    /** Current table name -> current column name -> old column name (renamed columns only). */
    private final Map<QualifiedName, Map<String, String>> columnRenames = new HashMap<>();
    /** Columns (current table, current name) that were added, renamed: not to be renamed or dropped again. */
    private final Set<List<String>> settled = new HashSet<>();
    private final List<String> usedTableNames = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();

    RandomChanges(RandomSchemas gen, Schema from) {
        this.gen = gen;
        this.random = gen.random;
        this.from = from;
        this.tables = RandomSchemas.drafts(from);
        this.sequences = new ArrayList<>(from.sequences());
        from.tables().forEach(t -> usedTableNames.add(t.name().name()));
    }

    RandomSchemas.Pair apply(int count) {
        for (int done = 0, tries = 0; done < count && tries < 50; tries++) {
            if (step()) {
                done++;
            }
        }
        Map<QualifiedName, Map<String, String>> hintsColumns = new HashMap<>();
        columnRenames.forEach((table, renames) -> {
            Map<String, String> oldToNew = new HashMap<>();
            renames.forEach((now, old) -> oldToNew.put(old, now));
            if (!oldToNew.isEmpty()) {
                hintsColumns.put(table, oldToNew);
            }
        });
        Schema to = new Schema(RandomSchemas.build(tables), sequences);
        return new RandomSchemas.Pair(from, to, new RenameHints(tableRenames, hintsColumns), List.copyOf(steps));
    }

    private boolean step() {
        TableDraft t = tables.isEmpty() ? null : tables.get(random.nextInt(tables.size()));
        int op = random.nextInt(24);
        if (t == null && (op != 0 && op < 19 || op > 20)) {
            return false;
        }
        return switch (op) {
            case 0 -> addTable();
            case 1 -> dropTable(t);
            case 2 -> renameTable(t);
            case 3 -> addColumn(t);
            case 4 -> dropColumn(t);
            case 5 -> renameColumn(t);
            case 6 -> widen(t);
            case 7 -> toggleNull(t);
            case 8 -> changeDefault(t);
            case 9 -> addPrimaryKey(t);
            case 10 -> dropPrimaryKey(t);
            case 11 -> note("add foreign key " + t.name, gen.addForeignKey(t, tables.get(random.nextInt(tables.size()))));
            case 12 -> dropOne(t.foreignKeys, "foreign key", t);
            case 13 -> note("add unique " + t.name, gen.addUnique(t));
            case 14 -> dropOne(t.uniques, "unique", t);
            case 15 -> note("add check " + t.name, gen.addCheck(t));
            case 16 -> dropOne(t.checks, "check", t);
            case 17 -> note("add index " + t.name, gen.addIndex(t));
            case 18 -> dropOne(t.indexes, "index", t);
            case 19 -> note("add sequence", sequences.add(gen.sequence()));
            case 20 -> alterOrDropSequence();
            case 21 -> identity(t);
            case 22 -> swapColumns(t);
            default -> swapTables(t);
        };
    }

    private boolean note(String step, boolean done) {
        if (done) {
            steps.add(step);
        }
        return done;
    }

    private boolean addTable() {
        List<String> taken = new ArrayList<>(usedTableNames);
        String name = gen.pick(RandomSchemas.TABLE_NAMES, taken);
        usedTableNames.add(name);
        TableDraft t = gen.table(name);
        tables.add(t);
        created.add(t.name);
        if (random.nextBoolean()) {
            gen.addForeignKey(t, tables.get(random.nextInt(tables.size())));
        }
        if (random.nextInt(3) == 0) {
            gen.addForeignKey(tables.get(random.nextInt(tables.size())), t);
        }
        return note("add table " + name, true);
    }

    private boolean old(TableDraft t) {
        return !created.contains(t.name);
    }

    private boolean dropTable(TableDraft t) {
        // a table that took a swapped name may go too: "rename p to q while the old q is dropped"
        if (!old(t)) {
            return false;
        }
        tables.remove(t);
        columnRenames.remove(t.name);
        tableRenames.values().remove(t.name);
        for (TableDraft other : tables) {
            other.foreignKeys.removeIf(fk -> fk.referencedTable().equals(t.name));
        }
        return note("drop table " + t.name, true);
    }

    private boolean renameTable(TableDraft t) {
        if (!old(t) || renamedTables.contains(t.name)) {
            return false;
        }
        QualifiedName before = t.name;
        String name = gen.pick(RandomSchemas.TABLE_NAMES, usedTableNames);
        usedTableNames.add(name);
        QualifiedName after = QualifiedName.of(name);
        t.name = after;
        renamedTables.add(after);
        tableRenames.put(before, after);
        Map<String, String> cols = columnRenames.remove(before);
        if (cols != null) {
            columnRenames.put(after, cols);
        }
        for (TableDraft other : tables) {
            other.foreignKeys.replaceAll(fk -> fk.referencedTable().equals(before)
                    ? new ForeignKey(fk.name(), fk.columns(), after, fk.referencedColumns(), fk.onDelete()) : fk);
        }
        Set<List<String>> moved = new HashSet<>();
        settled.removeIf(k -> k.get(0).equals(before.name()) && moved.add(List.of(name, k.get(1))));
        settled.addAll(moved);
        return note("rename table " + before + " -> " + after, true);
    }

    private boolean addColumn(TableDraft t) {
        List<String> taken = new ArrayList<>(tableColumnsEverSeen(t));
        String name = gen.newColumnName(t, taken);
        t.columns.add(gen.column(name));
        settled.add(List.of(t.name.name(), name));
        return note("add column " + t.name + "." + name, true);
    }

    /** Names the table's columns had in the old schema too, so that a dropped name is not reused. */
    private List<String> tableColumnsEverSeen(TableDraft t) {
        QualifiedName oldName = tableRenames.entrySet().stream().filter(e -> e.getValue().equals(t.name))
                .map(Map.Entry::getKey).findFirst().orElse(t.name);
        return from.table(oldName).map(o -> o.columns().stream().map(Column::name).toList()).orElse(List.of());
    }

    /** An old column that may be renamed (keys too) or dropped (not keys), or null. */
    private Column movable(TableDraft t, boolean forRename) {
        List<Column> candidates = movables(t, forRename);
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private List<Column> movables(TableDraft t, boolean forRename) {
        if (!old(t)) {
            return List.of();
        }
        List<String> old = tableColumnsEverSeen(t);
        return t.columns.stream()
                .filter(c -> old.contains(c.name()))
                .filter(c -> !settled.contains(List.of(t.name.name(), c.name())))
                .filter(c -> forRename || !t.inPrimaryKey(c.name()) && !t.inUnique(c.name()))
                .toList();
    }

    private boolean dropColumn(TableDraft t) {
        Column c = movable(t, false);
        if (c == null || t.columns.size() < 2) {
            return false;
        }
        t.columns.remove(c);
        t.foreignKeys.removeIf(fk -> fk.columns().contains(c.name()));
        t.indexes.removeIf(ix -> ix.columns().stream().anyMatch(e -> bare(e).equals(c.name())));
        t.checks.removeIf(ck -> ck.expression().equals(RandomSchemas.checkOn(c.name())));
        settled.add(List.of(t.name.name(), c.name()));
        return note("drop column " + t.name + "." + c.name(), true);
    }

    private boolean renameColumn(TableDraft t) {
        Column c = movable(t, true);
        if (c == null) {
            return false;
        }
        List<String> taken = new ArrayList<>(tableColumnsEverSeen(t));
        String was = c.name();
        // a column made for a foreign key keeps its prefix: it holds NULL in test rows
        String to = refColumn(t, c) ? gen.refName() : gen.newColumnName(t, taken);
        renameColumnIn(t, was, to);
        columnRenames.computeIfAbsent(t.name, k -> new HashMap<>()).put(to, was);
        settled.add(List.of(t.name.name(), to));
        return note("rename column " + t.name + "." + was + " -> " + to, true);
    }

    /** Two old columns of one table exchange their names (renames through a temporary name). */
    private boolean swapColumns(TableDraft t) {
        // foreign-key columns too, and in a table whose name is swapped too (RoundTripKnownBugsTest)
        List<Column> candidates = new ArrayList<>(movables(t, true));
        if (candidates.size() < 2) {
            return false;
        }
        String a = candidates.remove(random.nextInt(candidates.size())).name();
        String b = candidates.get(random.nextInt(candidates.size())).name();
        renameColumnIn(t, a, SWAP);
        renameColumnIn(t, b, a);
        renameColumnIn(t, SWAP, b);
        Map<String, String> renames = columnRenames.computeIfAbsent(t.name, k -> new HashMap<>());
        renames.put(b, a);
        renames.put(a, b);
        settled.add(List.of(t.name.name(), a));
        settled.add(List.of(t.name.name(), b));
        return note("swap columns " + t.name + "." + a + " <-> " + b, true);
    }

    private static final String SWAP = "\u0001swap";

    /** Renames a column in the drafts: the column, the keys, indexes and checks on it, the foreign keys to it. */
    private void renameColumnIn(TableDraft t, String was, String to) {
        Column c = t.column(was);
        t.columns.set(t.indexOf(was), c.withName(to));
        if (t.heldNull.remove(was)) {
            t.heldNull.add(to);
        }
        t.foreignKeys.replaceAll(fk -> new ForeignKey(fk.name(), rename(fk.columns(), was, to), fk.referencedTable(),
                fk.referencedColumns(), fk.onDelete()));
        t.indexes.replaceAll(ix -> new Index(ix.name(), rename(ix.columns(), was, to), ix.unique()));
        t.uniques.replaceAll(u -> new UniqueConstraint(u.name(), rename(u.columns(), was, to)));
        if (t.primaryKey != null) {
            t.primaryKey = new PrimaryKey(t.primaryKey.name(), rename(t.primaryKey.columns(), was, to));
        }
        for (TableDraft other : tables) {
            other.foreignKeys.replaceAll(fk -> fk.referencedTable().equals(t.name) ? new ForeignKey(fk.name(),
                    fk.columns(), fk.referencedTable(), rename(fk.referencedColumns(), was, to), fk.onDelete()) : fk);
        }
        t.checks.replaceAll(ck -> ck.expression().equals(RandomSchemas.checkOn(was))
                ? new CheckConstraint(ck.name(), RandomSchemas.checkOn(to)) : ck);
    }

    /** Two old, not yet renamed tables exchange their names. */
    private boolean swapTables(TableDraft t) {
        List<TableDraft> others = tables.stream().filter(o -> o != t && old(o) && !renamedTables.contains(o.name)).toList();
        if (!old(t) || renamedTables.contains(t.name) || others.isEmpty()) {
            return false;
        }
        TableDraft u = others.get(random.nextInt(others.size()));
        QualifiedName p = t.name;
        QualifiedName q = u.name;
        moveTable(t, QualifiedName.of(SWAP));
        moveTable(u, p);
        moveTable(t, q);
        renamedTables.add(p);
        renamedTables.add(q);
        tableRenames.put(p, q);
        tableRenames.put(q, p);
        Map<String, String> ofP = columnRenames.remove(p);
        Map<String, String> ofQ = columnRenames.remove(q);
        if (ofP != null) {
            columnRenames.put(q, ofP);
        }
        if (ofQ != null) {
            columnRenames.put(p, ofQ);
        }
        Set<List<String>> moved = new HashSet<>();
        settled.removeIf(k -> k.get(0).equals(p.name()) && moved.add(List.of(q.name(), k.get(1)))
                || k.get(0).equals(q.name()) && moved.add(List.of(p.name(), k.get(1))));
        settled.addAll(moved);
        return note("swap tables " + p + " <-> " + q, true);
    }

    private void moveTable(TableDraft t, QualifiedName after) {
        QualifiedName before = t.name;
        t.name = after;
        for (TableDraft other : tables) {
            other.foreignKeys.replaceAll(fk -> fk.referencedTable().equals(before)
                    ? new ForeignKey(fk.name(), fk.columns(), after, fk.referencedColumns(), fk.onDelete()) : fk);
        }
    }

    private static List<String> rename(List<String> columns, String from, String to) {
        return columns.stream().map(e -> bare(e).equals(from) ? to + e.substring(from.length()) : e).toList();
    }

    private static String bare(String indexEntry) {
        return indexEntry.endsWith(" desc") ? indexEntry.substring(0, indexEntry.length() - 5) : indexEntry;
    }

    private boolean widen(TableDraft t) {
        // keys too: a referenced key and its foreign-key columns may have different widths of one type family
        List<Column> cols = t.columns.stream().filter(c -> ColumnKinds.widen(c.type(), random) != null).toList();
        if (cols.isEmpty()) {
            return false;
        }
        Column c = cols.get(random.nextInt(cols.size()));
        SqlType wider = ColumnKinds.widen(c.type(), random);
        t.replace(c.withType(wider));
        return note("widen " + t.name + "." + c.name() + " to " + wider, true);
    }

    private boolean toggleNull(TableDraft t) {
        List<Column> cols = t.columns.stream().filter(c -> !t.inPrimaryKey(c.name()) && !refColumn(t, c)
                && c.identity() == Identity.NONE).toList();
        if (cols.isEmpty()) {
            return false;
        }
        Column c = cols.get(random.nextInt(cols.size()));
        t.replace(c.withNullable(!c.nullable()));
        return note((c.nullable() ? "set not null " : "drop not null ") + t.name + "." + c.name(), true);
    }

    /** A column made for a foreign key (even one dropped since, or swapped to a plain name): it holds NULL in test rows. */
    private static boolean refColumn(TableDraft t, Column c) {
        return t.inForeignKey(c.name()) || c.name().startsWith(RandomSchemas.REF_PREFIX) || t.heldNull.contains(c.name());
    }

    private boolean changeDefault(TableDraft t) {
        List<Column> cols = t.columns.stream().filter(c -> c.identity() == Identity.NONE && !t.inForeignKey(c.name())
                && ColumnKinds.of(c.type()) != null).toList();
        if (cols.isEmpty()) {
            return false;
        }
        Column c = cols.get(random.nextInt(cols.size()));
        List<String> choices = new ArrayList<>(ColumnKinds.of(c.type()).defaults());
        choices.add(null);
        choices.remove(c.defaultValue());
        String dflt = choices.get(random.nextInt(choices.size()));
        t.replace(c.withDefault(dflt));
        return note("default " + t.name + "." + c.name() + " = " + dflt, true);
    }

    private boolean addPrimaryKey(TableDraft t) {
        if (t.primaryKey != null) {
            return false;
        }
        List<Column> cols = t.columns.stream().filter(c -> !refColumn(t, c) && ColumnKinds.of(c.type()) != null
                && (ColumnKinds.of(c.type()).integer() || c.type().name().equals("varchar"))).toList();
        if (cols.isEmpty()) {
            return false;
        }
        Column c = cols.get(random.nextInt(cols.size()));
        t.replace(c.withNullable(false));
        t.primaryKey = new PrimaryKey(gen.constraintName("pk"), List.of(c.name()));
        return note("add primary key " + t.name + "(" + c.name() + ")", true);
    }

    private boolean dropPrimaryKey(TableDraft t) {
        if (t.primaryKey == null || tables.stream().flatMap(o -> o.foreignKeys.stream())
                .anyMatch(fk -> fk.referencedTable().equals(t.name))) {
            return false;
        }
        t.primaryKey = null;
        return note("drop primary key " + t.name, true);
    }

    private <T> boolean dropOne(List<T> items, String what, TableDraft t) {
        if (items.isEmpty()) {
            return false;
        }
        items.remove(random.nextInt(items.size()));
        return note("drop " + what + " " + t.name, true);
    }

    private boolean alterOrDropSequence() {
        if (sequences.isEmpty()) {
            return false;
        }
        int i = random.nextInt(sequences.size());
        Sequence s = sequences.get(i);
        if (random.nextBoolean()) {
            sequences.remove(i);
            return note("drop sequence " + s.name(), true);
        }
        sequences.set(i, new Sequence(s.name(), s.start() + 1 + random.nextInt(10), 1 + random.nextInt(50)));
        return note("alter sequence " + s.name(), true);
    }

    private boolean identity(TableDraft t) {
        List<Column> cols = t.columns.stream().filter(c -> t.inPrimaryKey(c.name()) && c.defaultValue() == null
                && ColumnKinds.of(c.type()) != null && ColumnKinds.of(c.type()).integer()).toList();
        if (cols.isEmpty()) {
            return false;
        }
        Column c = cols.get(random.nextInt(cols.size()));
        Identity next = Identity.values()[(c.identity().ordinal() + 1 + random.nextInt(2)) % 3];
        t.replace(new Column(c.name(), c.type(), c.nullable(), null, next, null));
        return note("identity " + t.name + "." + c.name() + " " + c.identity() + " -> " + next, true);
    }
}
