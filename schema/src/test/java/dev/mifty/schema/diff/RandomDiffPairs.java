package dev.mifty.schema.diff;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Random valid schema pairs: a random schema and a mutation of it (tables and columns dropped,
 * added, renamed with hints, retyped, keys changed, cycles of foreign keys, sequences...). Both
 * sides are valid PostgreSQL schemas (every foreign key references a key of the same type), and
 * every type change is castable, so the rendered SQL also runs.
 */
public final class RandomDiffPairs {

    /** A pair and the rename hints the user would have written. */
    public record Pair(Schema from, Schema to, RenameHints hints) {
    }

    static final SqlType INT8 = SqlType.of("int8");
    /** Types that may change into one another (castable both ways). */
    private static final List<SqlType> CASTABLE = List.of(SqlType.of("int4"), INT8, SqlType.numeric(10, 2),
            SqlType.of("float8"), SqlType.of("text"), SqlType.varchar(50), SqlType.varchar(100));
    private static final List<SqlType> OTHER = List.of(SqlType.of("bool"), SqlType.temporal("timestamptz", 6),
            SqlType.of("date"), SqlType.of("uuid"), SqlType.of("bytea"), SqlType.of("jsonb"), SqlType.of("_int4"),
            SqlType.bpchar(3), SqlType.temporal("time", 3), SqlType.of("timestamp"));

    private final Random random;
    private int counter;
    private final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
    /** current table name -> its name in {@code from} (tables that existed there). */
    private final Map<QualifiedName, QualifiedName> originalTable = new HashMap<>();
    /** current table name -> (current column -> column name in {@code from}). */
    private final Map<QualifiedName, Map<String, String>> originalColumn = new HashMap<>();

    private RandomDiffPairs(Random random) {
        this.random = random;
    }

    public static Pair pair(Random random) {
        RandomDiffPairs g = new RandomDiffPairs(random);
        int n = 2 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            g.addTable();
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            g.addSequence();
        }
        for (int i = random.nextInt(5); i > 0; i--) {
            g.schemaLevelMutation();
        }
        Schema from = g.schema();
        for (Table t : from.tables()) {
            g.originalTable.put(t.name(), t.name());
            Map<String, String> cols = new HashMap<>();
            t.columns().forEach(c -> cols.put(c.name(), c.name()));
            g.originalColumn.put(t.name(), cols);
        }
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            g.mutate();
        }
        return new Pair(from, g.schema(), g.hints());
    }

    private Schema schema() {
        return new Schema(new ArrayList<>(tables.values()), new ArrayList<>(sequences.values()),
                new ArrayList<>(enums.values()), new ArrayList<>(composites.values()), null);
    }

    private RenameHints hints() {
        Map<QualifiedName, QualifiedName> tableHints = new HashMap<>();
        Map<QualifiedName, Map<String, String>> columnHints = new HashMap<>();
        originalTable.forEach((current, original) -> {
            if (!current.equals(original)) {
                tableHints.put(original, current);
            }
        });
        originalColumn.forEach((table, columns) -> {
            Map<String, String> renamed = new HashMap<>();
            columns.forEach((current, original) -> {
                if (!current.equals(original)) {
                    renamed.put(original, current);
                }
            });
            if (!renamed.isEmpty()) {
                columnHints.put(table, renamed);
            }
        });
        return new RenameHints(tableHints, columnHints);
    }

    private String fresh(String prefix) {
        return prefix + (++counter);
    }

    private void addTable() {
        QualifiedName name = QualifiedName.of(fresh("t"));
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", INT8, false, null, random.nextInt(3) == 0 ? Identity.BY_DEFAULT : Identity.NONE, null));
        List<ForeignKey> fks = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            columns.add(randomColumn());
        }
        List<Table> targets = new ArrayList<>(tables.values());
        for (int i = random.nextInt(3); i > 0 && !targets.isEmpty(); i--) {
            Table target = targets.get(random.nextInt(targets.size()));
            addReference(columns, fks, target);
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        if (columns.size() > 1 && random.nextBoolean()) {
            uniques.add(new UniqueConstraint(fresh("uq"), List.of(columns.get(1 + random.nextInt(columns.size() - 1)).name())));
        }
        if (columns.size() > 1 && random.nextBoolean()) {
            indexes.add(new Index(fresh("ix"), List.of(columns.get(1 + random.nextInt(columns.size() - 1)).name()),
                    random.nextBoolean()));
        }
        if (random.nextBoolean()) {
            checks.add(new CheckConstraint(fresh("ck"), "1 < " + (2 + random.nextInt(100))));
        }
        Table t = new Table(name, columns, new PrimaryKey(name.name() + "_pkey", List.of("id")), fks,
                uniques, indexes, checks, null);
        tables.put(name, t);
        if (random.nextBoolean()) {
            selfOrCycle(t);
        }
    }

    /** A reference from the new table to itself, or from an existing table to the new one (a cycle). */
    private void selfOrCycle(Table created) {
        List<Table> all = new ArrayList<>(tables.values());
        Table owner = all.get(random.nextInt(all.size()));
        List<Column> columns = new ArrayList<>(owner.columns());
        List<ForeignKey> fks = new ArrayList<>(owner.foreignKeys());
        addReference(columns, fks, tables.get(created.name()));
        put(with(owner, columns, owner.primaryKey(), fks, owner.uniqueConstraints(), owner.indexes(), owner.checks()));
    }

    /** Columns referencing the target's primary key (one or several columns), and the foreign key. */
    private void addReference(List<Column> columns, List<ForeignKey> fks, Table target) {
        if (target.primaryKey() == null) {
            return;
        }
        List<String> own = new ArrayList<>();
        boolean nullable = random.nextBoolean();
        for (String key : target.primaryKey().columns()) {
            String column = fresh("ref");
            own.add(column);
            columns.add(new Column(column, target.column(key).orElseThrow().type(), nullable, null, Identity.NONE, null));
        }
        ReferentialAction action = ReferentialAction.values()[random.nextInt(3)];
        fks.add(new ForeignKey(fresh("fk"), own, target.name(), target.primaryKey().columns(), action));
    }

    private Column randomColumn() {
        boolean castable = random.nextBoolean();
        SqlType type = castable ? CASTABLE.get(random.nextInt(CASTABLE.size())) : OTHER.get(random.nextInt(OTHER.size()));
        return new Column(fresh("c"), type, random.nextBoolean(), random.nextInt(4) == 0 ? defaultFor(type) : null,
                Identity.NONE, null);
    }

    private String defaultFor(SqlType type) {
        return switch (type.name()) {
            case "int4", "int8", "float8" -> String.valueOf(random.nextInt(100));
            case "numeric" -> "1.5";
            case "text", "varchar" -> "'v" + random.nextInt(10) + "'";
            case "bool" -> "true";
            default -> null;
        };
    }

    private void addSequence() {
        QualifiedName name = QualifiedName.of(fresh("seq"));
        sequences.put(name, new Sequence(name, 1 + random.nextInt(100), 1 + random.nextInt(50)));
    }

    private void mutate() {
        int kind = random.nextInt(24);
        if (kind >= 19) {
            schemaLevelMutation();
            return;
        }
        List<Table> all = new ArrayList<>(tables.values());
        if (all.isEmpty() || kind == 0) {
            addTable();
            return;
        }
        Table t = all.get(random.nextInt(all.size()));
        List<Column> nonKey = t.columns().stream().filter(c -> !c.name().equals("id") && !inForeignKey(t, c.name())).toList();
        Column c = nonKey.isEmpty() ? null : nonKey.get(random.nextInt(nonKey.size()));
        switch (kind) {
            case 1 -> dropTable(t);
            case 2 -> renameTable(t);
            case 3 -> addColumn(t);
            case 4 -> { if (c != null) dropColumn(t, c.name()); }
            case 5 -> renameColumn(t, t.columns().get(random.nextInt(t.columns().size())).name());
            case 6 -> { if (c != null) retype(t, c); }
            case 7 -> { if (c != null) alterColumn(t, c.withNullable(!c.nullable())); }
            case 8 -> { if (c != null) alterColumn(t, c.withDefault(c.defaultValue() == null ? defaultFor(c.type()) : null)); }
            case 9 -> toggleIdentity(t);
            case 10 -> index(t, c);
            case 11 -> unique(t, c);
            case 12 -> check(t);
            case 13 -> changePrimaryKey(t);
            case 14 -> retypeKey(t);
            case 15 -> sequence();
            case 16 -> swapOrChain(t);
            case 17 -> swapTables(t);
            default -> addReference(t);
        }
    }

    private void addReference(Table owner) {
        List<Table> all = new ArrayList<>(tables.values());
        List<Column> columns = new ArrayList<>(owner.columns());
        List<ForeignKey> fks = new ArrayList<>(owner.foreignKeys());
        addReference(columns, fks, all.get(random.nextInt(all.size())));
        put(with(owner, columns, owner.primaryKey(), fks, owner.uniqueConstraints(), owner.indexes(), owner.checks()));
    }

    private void dropTable(Table t) {
        tables.remove(t.name());
        originalTable.remove(t.name());
        originalColumn.remove(t.name());
        for (Table other : List.copyOf(tables.values())) {
            put(with(other, other.columns(), other.primaryKey(),
                    other.foreignKeys().stream().filter(fk -> !fk.referencedTable().equals(t.name())).toList(),
                    other.uniqueConstraints(), other.indexes(), other.checks()));
        }
    }

    private void renameTable(Table t) {
        renameTable(t, QualifiedName.of(fresh("r")), true);
    }

    private void renameTable(Table stale, QualifiedName to, boolean mayRenameKey) {
        Table t = tables.get(stale.name());
        tables.remove(t.name());
        PrimaryKey pk = t.primaryKey();
        if (pk != null && mayRenameKey && random.nextBoolean()) {
            pk = new PrimaryKey(to.name() + "_pkey", pk.columns());
        }
        tables.put(to, new Table(to, t.columns(), pk, t.foreignKeys(), t.uniqueConstraints(), t.indexes(), t.checks(), null,
                t.comment(), t.options()));
        move(originalTable, t.name(), to);
        move(originalColumn, t.name(), to);
        for (Table other : List.copyOf(tables.values())) {
            put(with(other, other.columns(), other.primaryKey(), other.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(t.name())
                            ? new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete()) : fk)
                    .toList(), other.uniqueConstraints(), other.indexes(), other.checks()));
        }
    }

    private static <V> void move(Map<QualifiedName, V> map, QualifiedName from, QualifiedName to) {
        V value = map.remove(from);
        if (value != null) {
            map.put(to, value);
        }
    }

    private void addColumn(Table t) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(randomColumn());
        put(with(t, columns, t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(), t.indexes(), t.checks()));
    }

    private void dropColumn(Table t, String column) {
        Map<String, String> originals = originalColumn.get(t.name());
        if (originals != null) {
            originals.remove(column);
        }
        put(with(t, t.columns().stream().filter(c -> !c.name().equals(column)).toList(), t.primaryKey(), t.foreignKeys(),
                t.uniqueConstraints().stream().filter(u -> !u.columns().contains(column)).toList(),
                t.indexes().stream().filter(i -> !IndexColumns.columnSet(i.columns()).contains(column)).toList(),
                t.checks()));
    }

    /** Swaps the names of two columns (through a temporary name), or renames along a chain b -> c, a -> b. */
    private void swapOrChain(Table t) {
        if (t.columns().size() < 2) {
            return;
        }
        List<Column> columns = new ArrayList<>(t.columns());
        java.util.Collections.shuffle(columns, random);
        String a = columns.get(0).name();
        String b = columns.get(1).name();
        if (random.nextBoolean()) {
            String temp = fresh("tmp");
            renameColumn(t, a, temp);
            renameColumn(tables.get(t.name()), b, a);
            renameColumn(tables.get(t.name()), temp, b);
        } else {
            renameColumn(t, b, fresh("n"));
            renameColumn(tables.get(t.name()), a, b);
        }
    }

    /** Swaps the names of two tables. */
    private void swapTables(Table t) {
        List<Table> all = new ArrayList<>(tables.values());
        Table other = all.get(random.nextInt(all.size()));
        if (other.name().equals(t.name())) {
            return;
        }
        QualifiedName temp = QualifiedName.of(fresh("tmp"));
        renameTable(t, temp, false);
        renameTable(other, t.name(), false);
        renameTable(tables.get(temp), other.name(), false);
    }

    private void renameColumn(Table t, String column) {
        renameColumn(t, column, fresh("n"));
    }

    private void renameColumn(Table stale, String column, String to) {
        Table t = tables.get(stale.name());
        UnaryOperator<String> r = n -> n.equals(column) ? to : n;
        Map<String, String> originals = originalColumn.get(t.name());
        if (originals != null && originals.containsKey(column)) {
            originals.put(to, originals.remove(column));
        }
        put(with(t, t.columns().stream().map(c -> c.name().equals(column) ? c.withName(to) : c).toList(),
                t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(), t.primaryKey().columns().stream().map(r).toList()),
                t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), fk.columns().stream().map(r).toList(),
                        fk.referencedTable(), fk.referencedColumns(), fk.onDelete())).toList(),
                t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), u.columns().stream().map(r).toList())).toList(),
                t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream()
                        .map(e -> r.apply(IndexColumns.column(e)) + e.substring(IndexColumns.column(e).length())).toList(),
                        i.unique())).toList(),
                t.checks()));
        for (Table other : List.copyOf(tables.values())) {
            put(with(other, other.columns(), other.primaryKey(), other.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(t.name()) ? new ForeignKey(fk.name(), fk.columns(),
                            fk.referencedTable(), fk.referencedColumns().stream().map(r).toList(), fk.onDelete()) : fk)
                    .toList(), other.uniqueConstraints(), other.indexes(), other.checks()));
        }
    }

    private void retype(Table t, Column c) {
        if (!CASTABLE.contains(c.type())) {
            return;
        }
        SqlType type = CASTABLE.get(random.nextInt(CASTABLE.size()));
        String def = c.defaultValue() == null ? null : defaultFor(type);
        alterColumn(t, c.withType(type).withDefault(def));
    }

    private void toggleIdentity(Table t) {
        t.column("id").ifPresent(id -> {
            if (!id.nullable() && id.defaultValue() == null) {
                Identity next = Identity.values()[(id.identity().ordinal() + 1 + random.nextInt(2)) % 3];
                alterColumn(t, new Column(id.name(), id.type(), false, null, next, null));
            }
        });
    }

    private void index(Table t, Column c) {
        List<Index> indexes = new ArrayList<>(t.indexes());
        if (!indexes.isEmpty() && random.nextBoolean()) {
            Index victim = indexes.remove(random.nextInt(indexes.size()));
            if (c != null && random.nextBoolean() && !(victim.unique() && keyInUse(t, victim.columns()))) {
                indexes.add(new Index(victim.name(), List.of(c.name() + " desc"), victim.unique()));
            } else if (victim.unique() && keyInUse(t, victim.columns())) {
                return;
            }
        } else if (c != null) {
            indexes.add(new Index(fresh("ix"), List.of(c.name()), random.nextBoolean()));
        }
        put(with(t, t.columns(), t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(), indexes, t.checks()));
    }

    private void unique(Table t, Column c) {
        List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
        if (!uniques.isEmpty() && random.nextBoolean()) {
            UniqueConstraint victim = uniques.get(random.nextInt(uniques.size()));
            if (keyInUse(t, victim.columns())) {
                return;
            }
            uniques.remove(victim);
        } else if (c != null) {
            uniques.add(new UniqueConstraint(fresh("uq"), List.of(c.name())));
        }
        put(with(t, t.columns(), t.primaryKey(), t.foreignKeys(), uniques, t.indexes(), t.checks()));
    }

    private void check(Table t) {
        List<CheckConstraint> checks = new ArrayList<>(t.checks());
        if (!checks.isEmpty() && random.nextBoolean()) {
            CheckConstraint victim = checks.remove(random.nextInt(checks.size()));
            if (random.nextBoolean()) {
                checks.add(new CheckConstraint(victim.name(), "1 < " + (2 + random.nextInt(100))));
            }
        } else {
            checks.add(new CheckConstraint(fresh("ck"), "1 < " + (2 + random.nextInt(100))));
        }
        put(with(t, t.columns(), t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(), t.indexes(), checks));
    }

    /**
     * Renames the primary key constraint, or widens it to (id, another NOT NULL column) while a
     * unique constraint on (id) keeps the foreign keys that point at the table valid.
     */
    private void changePrimaryKey(Table t) {
        PrimaryKey pk = t.primaryKey();
        if (pk == null || !pk.columns().equals(List.of("id"))) {
            return;
        }
        if (random.nextBoolean()) {
            put(with(t, t.columns(), new PrimaryKey(fresh("pk"), pk.columns()), t.foreignKeys(),
                    t.uniqueConstraints(), t.indexes(), t.checks()));
            return;
        }
        String extra = fresh("k");
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(Column.of(extra, SqlType.of("int4"), false));
        List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
        uniques.add(new UniqueConstraint(fresh("uqid"), List.of("id")));
        put(with(t, columns, new PrimaryKey(pk.name(), List.of("id", extra)), t.foreignKeys(), uniques,
                t.indexes(), t.checks()));
        if (random.nextBoolean()) {
            List<Table> all = new ArrayList<>(tables.values());
            Table owner = all.get(random.nextInt(all.size()));
            List<Column> ownerColumns = new ArrayList<>(owner.columns());
            List<ForeignKey> fks = new ArrayList<>(owner.foreignKeys());
            addReference(ownerColumns, fks, tables.get(t.name()));
            put(with(owner, ownerColumns, owner.primaryKey(), fks, owner.uniqueConstraints(), owner.indexes(), owner.checks()));
        }
    }

    /** The type of a primary key column changes, and with it every column that references it. */
    private void retypeKey(Table t) {
        Column id = t.column("id").orElse(null);
        if (id == null || id.identity() != Identity.NONE || t.primaryKey() == null
                || !t.primaryKey().columns().equals(List.of("id"))) {
            return;
        }
        SqlType type = id.type().equals(INT8) ? SqlType.of("int4") : INT8;
        alterColumn(t, id.withType(type));
        for (Table other : List.copyOf(tables.values())) {
            List<Column> columns = new ArrayList<>(other.columns());
            for (ForeignKey fk : other.foreignKeys()) {
                for (int j = 0; fk.referencedTable().equals(t.name()) && j < fk.columns().size(); j++) {
                    if (fk.referencedColumns().get(j).equals("id")) {
                        String col = fk.columns().get(j);
                        columns.replaceAll(c -> c.name().equals(col) ? c.withType(type) : c);
                    }
                }
            }
            put(with(other, columns, other.primaryKey(), other.foreignKeys(), other.uniqueConstraints(),
                    other.indexes(), other.checks()));
        }
    }

    private void sequence() {
        List<Sequence> all = new ArrayList<>(sequences.values());
        if (all.isEmpty() || random.nextInt(3) == 0) {
            addSequence();
        } else {
            Sequence s = all.get(random.nextInt(all.size()));
            if (random.nextBoolean()) {
                sequences.remove(s.name());
            } else {
                sequences.put(s.name(), new Sequence(s.name(), s.start() + 1, s.increment() + 1));
            }
        }
    }

    private boolean keyInUse(Table t, List<String> key) {
        java.util.Set<String> set = IndexColumns.columnSet(key);
        return tables.values().stream().flatMap(o -> o.foreignKeys().stream())
                .anyMatch(fk -> fk.referencedTable().equals(t.name()) && java.util.Set.copyOf(fk.referencedColumns()).equals(set));
    }

    private boolean inForeignKey(Table t, String column) {
        return t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))
                || (t.primaryKey() != null && t.primaryKey().columns().contains(column));
    }

    private void alterColumn(Table t, Column column) {
        Table current = tables.get(t.name());
        put(with(current, current.columns().stream().map(c -> c.name().equals(column.name()) ? column : c).toList(),
                current.primaryKey(), current.foreignKeys(), current.uniqueConstraints(), current.indexes(), current.checks()));
    }

    private void put(Table t) {
        tables.put(t.name(), t);
    }

    private static Table with(Table t, List<Column> columns, PrimaryKey pk, List<ForeignKey> fks,
                              List<UniqueConstraint> uniques, List<Index> indexes, List<CheckConstraint> checks) {
        return new Table(t.name(), columns, pk, fks, uniques, indexes, checks, null, t.comment(), t.options());
    }

    // ---- schemas, types, comments

    private final Map<QualifiedName, EnumType> enums = new LinkedHashMap<>();
    private final Map<QualifiedName, CompositeType> composites = new LinkedHashMap<>();
    /** Enums a composite has used (then or before): recreating them is not supported, so they only get labels. */
    private final java.util.Set<QualifiedName> inComposites = new java.util.HashSet<>();

    private void schemaLevelMutation() {
        List<Table> all = new ArrayList<>(tables.values());
        Table t = all.isEmpty() ? null : all.get(random.nextInt(all.size()));
        switch (random.nextInt(8)) {
            case 0 -> { if (t != null) put(tables.get(t.name()).withComment(random.nextInt(3) == 0 ? null : fresh("note "))); }
            case 1 -> {
                if (t != null) {
                    Column c = t.columns().get(random.nextInt(t.columns().size()));
                    alterColumn(t, c.withComment(c.comment() == null || random.nextBoolean() ? fresh("about ") : null));
                }
            }
            case 2 -> addEnum(t);
            case 3 -> {
                if (!enums.isEmpty()) {
                    EnumType e = List.copyOf(enums.values()).get(random.nextInt(enums.size()));
                    if (random.nextBoolean()) {
                        dropType(e.name());
                    } else {
                        relabel(e);
                    }
                }
            }
            case 4 -> addComposite(t);
            case 5 -> {
                if (!composites.isEmpty()) {
                    CompositeType c = List.copyOf(composites.values()).get(random.nextInt(composites.size()));
                    if (random.nextInt(3) == 0) {
                        dropType(c.name());
                    } else {
                        reshape(c);
                    }
                }
            }
            case 6 -> addTableIn(fresh("s"));
            default -> {
                Table inSchema = all.stream().filter(x -> x.name().schema() != null).findFirst().orElse(null);
                if (inSchema != null && random.nextBoolean()) {
                    dropTable(inSchema);
                } else {
                    addTableIn(random.nextBoolean() ? "s0" : fresh("s"));
                }
            }
        }
    }

    private void addTableIn(String schema) {
        addTable();
        List<Table> all = new ArrayList<>(tables.values());
        Table added = all.get(all.size() - 1);
        if (added.foreignKeys().isEmpty() && referencedBy(added.name()).isEmpty()) {
            QualifiedName moved = new QualifiedName(schema, added.name().name());
            tables.remove(added.name());
            tables.put(moved, added.withName(moved));
        }
    }

    private List<Table> referencedBy(QualifiedName name) {
        return tables.values().stream().filter(o -> o.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(name)))
                .toList();
    }

    private void addEnum(Table user) {
        QualifiedName name = new QualifiedName(random.nextInt(4) == 0 ? "s0" : null, fresh("mood"));
        List<String> labels = new ArrayList<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
            labels.add(fresh("l"));
        }
        EnumType type = new EnumType(name, labels);
        enums.put(name, type);
        if (user != null) {
            addTypedColumn(user, type.sqlType(), random.nextBoolean() ? "'" + labels.get(0) + "'::" + PostgresName.of(name) : null);
        }
    }

    private void relabel(EnumType e) {
        List<String> labels = new ArrayList<>(e.labels());
        boolean inComposite = inComposites.contains(e.name());
        if (random.nextBoolean() || labels.size() < 2 || inComposite) {
            labels.add(random.nextInt(labels.size() + 1), fresh("l"));
        } else if (random.nextBoolean()) {
            labels.remove(random.nextInt(labels.size()));
        } else {
            java.util.Collections.reverse(labels);
        }
        EnumType changed = new EnumType(e.name(), labels);
        enums.put(e.name(), changed);
        // a default naming a removed label would not survive: drop such defaults
        for (Table t : List.copyOf(tables.values())) {
            for (Column c : t.columns()) {
                if (e.name().equals(c.type().userType()) && c.defaultValue() != null
                        && labels.stream().noneMatch(l -> c.defaultValue().startsWith("'" + l + "'"))) {
                    alterColumn(tables.get(t.name()), c.withDefault(null));
                }
            }
        }
    }

    private void addComposite(Table user) {
        QualifiedName name = new QualifiedName(null, fresh("point"));
        List<CompositeType.Attribute> attributes = new ArrayList<>();
        attributes.add(new CompositeType.Attribute(fresh("a"), SqlType.of("int4")));
        if (random.nextBoolean()) {
            attributes.add(new CompositeType.Attribute(fresh("a"), SqlType.of("text")));
        }
        if (!enums.isEmpty() && random.nextBoolean()) {
            EnumType used = List.copyOf(enums.values()).get(random.nextInt(enums.size()));
            inComposites.add(used.name());
            attributes.add(new CompositeType.Attribute(fresh("a"), used.sqlType()));
        }
        if (!composites.isEmpty() && random.nextBoolean()) {
            attributes.add(new CompositeType.Attribute(fresh("a"),
                    List.copyOf(composites.values()).get(random.nextInt(composites.size())).sqlType()));
        }
        CompositeType type = new CompositeType(name, attributes);
        composites.put(name, type);
        if (user != null) {
            addTypedColumn(user, type.sqlType(), null);
        }
    }

    private void reshape(CompositeType c) {
        List<CompositeType.Attribute> attributes = new ArrayList<>(c.attributes());
        int what = random.nextInt(3);
        if (what == 0 || attributes.size() < 2) {
            attributes.add(new CompositeType.Attribute(fresh("a"), SqlType.of("text")));
        } else if (what == 1) {
            // only the last one: one from the middle comes back at the end when undone (reported as a problem)
            attributes.remove(attributes.size() - 1);
        } else {
            int i = random.nextInt(attributes.size());
            CompositeType.Attribute a = attributes.get(i);
            if (!a.type().isUser()) {
                attributes.set(i, new CompositeType.Attribute(a.name(),
                        a.type().equals(SqlType.of("int4")) ? INT8 : SqlType.of("int4").equals(a.type()) ? INT8 : SqlType.varchar(40)));
            }
        }
        composites.put(c.name(), new CompositeType(c.name(), attributes));
    }

    private void addTypedColumn(Table t, SqlType type, String dflt) {
        Table current = tables.get(t.name());
        List<Column> columns = new ArrayList<>(current.columns());
        columns.add(new Column(fresh("u"), type, true, dflt, Identity.NONE, null));
        put(current.withColumns(columns));
    }

    /** Drops a type with the columns and attributes (and composites, recursively) that use it. */
    private void dropType(QualifiedName type) {
        enums.remove(type);
        composites.remove(type);
        for (Table t : List.copyOf(tables.values())) {
            for (Column c : t.columns()) {
                if (type.equals(c.type().userType())) {
                    dropColumn(tables.get(t.name()), c.name());
                }
            }
        }
        for (CompositeType c : List.copyOf(composites.values())) {
            if (c.attributes().stream().anyMatch(a -> type.equals(a.type().userType()))) {
                if (c.attributes().size() > 1 && random.nextBoolean()) {
                    composites.put(c.name(), new CompositeType(c.name(), c.attributes().stream()
                            .filter(a -> !type.equals(a.type().userType())).toList()));
                } else {
                    dropType(c.name());
                }
            }
        }
    }

    /** {@code "name"} or {@code "schema"."name"}, as the dialect spells a type in a default. */
    private static final class PostgresName {
        static String of(QualifiedName name) {
            return dev.mifty.schema.sql.PostgresDialect.name(name);
        }
    }
}
