package dev.mifty.schema.testing;

import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import dev.mifty.schema.testing.ColumnKinds.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Random schemas that PostgreSQL accepts as they are, with check and default expressions already
 * in the form PostgreSQL prints them back, so that "create, then introspect" gives an equal model.
 * Reproducible: every choice comes from the {@link Random} given, seeded by {@link #seed()}.
 * Use {@link #pair()} for a schema and a changed copy (see {@link RandomChanges}).
 *
 * <p>Rules that keep test rows valid through every change: foreign-key columns are nullable, hold
 * NULL in test rows and reference a single-column primary key of the same type; checks are
 * {@code (col >= 0)} on integer columns; constraint and index names are unique in the schema.
 */
public final class RandomSchemas {

    /** The seed used when {@code -Dmifty.seed} is not given. */
    public static final long DEFAULT_SEED = 20261124L;

    static final List<String> TABLE_NAMES = List.of("customers", "orders", "user", "order", "MixedCase",
            "Line Items", "q\"uote", "products", "select", "audit_log", "T2", "accounts", "invoices", "group",
            "shipments", "Payments", "table", "stock");
    static final List<String> COLUMN_NAMES = List.of("name", "user", "order", "MixedCase", "amount", "note", "qty",
            "created", "flag", "select", "col with space", "we\"ird", "Total", "status", "value", "data", "from",
            "sku", "price");
    /** Prefix of the columns made for foreign keys. */
    static final String REF_PREFIX = "ref_";
    private static final Set<String> RESERVED = Set.of("user", "order", "select", "from", "table", "group",
            "check", "default", "primary", "references", "where");
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    final Random random;
    private int counter;

    public RandomSchemas(Random random) {
        this.random = random;
    }

    /** {@code -Dmifty.seed=...} or {@link #DEFAULT_SEED}. */
    public static long seed() {
        return Long.getLong("mifty.seed", DEFAULT_SEED);
    }

    /** An identifier as PostgreSQL prints it inside an expression ({@code quote_identifier}). */
    public static String printed(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A schema and a changed copy, with the renames the change made. */
    public record Pair(Schema from, Schema to, RenameHints renames, List<String> steps) {
    }

    /** A random schema of one to four tables and up to two sequences. */
    public Schema schema() {
        List<TableDraft> tables = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            tables.add(table(pick(TABLE_NAMES, tables.stream().map(t -> t.name.name()).toList())));
        }
        for (TableDraft t : tables) {
            if (random.nextInt(10) < 3) {
                addForeignKey(t, tables.get(random.nextInt(tables.size())));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            sequences.add(sequence());
        }
        return new Schema(tables.stream().map(TableDraft::build).toList(), sequences);
    }

    /** A schema and a copy changed by one to four random steps ({@code -Dmifty.steps=N}: one to N). */
    public Pair pair() {
        Schema from = schema();
        return new RandomChanges(this, from).apply(1 + random.nextInt(Integer.getInteger("mifty.steps", 4)));
    }

    TableDraft table(String name) {
        TableDraft t = new TableDraft(QualifiedName.of(name));
        int shape = random.nextInt(10);
        if (shape < 8) {
            Kind key = ColumnKinds.key(random);
            Identity identity = key.integer() && random.nextInt(3) == 0
                    ? (random.nextBoolean() ? Identity.BY_DEFAULT : Identity.ALWAYS) : Identity.NONE;
            t.columns.add(new Column("id", key.type(), false, null, identity, null));
            List<String> pk = new ArrayList<>(List.of("id"));
            if (shape == 7) {
                t.columns.add(Column.of("part", ColumnKinds.key(random).type(), false));
                pk.add("part");
            }
            t.primaryKey = new PrimaryKey(constraintName("pk"), pk);
        }
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            t.columns.add(column(newColumnName(t, List.of())));
        }
        if (random.nextInt(5) == 0) {
            addUnique(t);
        }
        if (random.nextInt(4) == 0) {
            addCheck(t);
        }
        if (random.nextInt(3) == 0) {
            addIndex(t);
        }
        return t;
    }

    Column column(String name) {
        Kind kind = ColumnKinds.random(random);
        boolean nullable = random.nextInt(10) < 7;
        String dflt = random.nextInt(10) < 3 ? kind.defaults().get(random.nextInt(kind.defaults().size())) : null;
        return new Column(name, kind.type(), nullable, dflt, Identity.NONE, null);
    }

    Sequence sequence() {
        return new Sequence(QualifiedName.of(constraintName("seq")), 1 + random.nextInt(1000), 1 + random.nextInt(50));
    }

    /** A name from {@code pool} not in {@code taken}, or a numbered one. */
    String pick(List<String> pool, List<String> taken) {
        for (int tries = 0; tries < 5; tries++) {
            String name = pool.get(random.nextInt(pool.size()));
            if (!taken.contains(name)) {
                return name;
            }
        }
        return "t" + (++counter);
    }

    String newColumnName(TableDraft t, List<String> alsoTaken) {
        List<String> taken = new ArrayList<>(alsoTaken);
        t.columns.forEach(c -> taken.add(c.name()));
        return pick(COLUMN_NAMES, taken);
    }

    /** A schema-wide unique constraint, index or sequence name; now and then a mixed-case one. */
    String constraintName(String prefix) {
        ++counter;
        return random.nextInt(6) == 0 ? prefix.toUpperCase() + " Mixed " + counter : prefix + "_" + counter;
    }

    /** Adds fresh nullable columns to {@code from} that reference {@code to}'s primary key (one or two columns). */
    boolean addForeignKey(TableDraft from, TableDraft to) {
        if (to.primaryKey == null) {
            return false;
        }
        List<String> own = new ArrayList<>();
        for (String key : to.primaryKey.columns()) {
            String name = refName();
            from.columns.add(Column.of(name, to.column(key).type(), true));
            own.add(name);
        }
        ReferentialAction action = ReferentialAction.values()[random.nextInt(ReferentialAction.values().length)];
        from.foreignKeys.add(new ForeignKey(constraintName("fk"), own, to.name, to.primaryKey.columns(), action));
        return true;
    }

    /** A fresh name for a column made for a foreign key. */
    String refName() {
        return REF_PREFIX + (++counter);
    }

    /** Columns that may take part in a unique constraint, check or index (not foreign-key columns). */
    List<Column> plainColumns(TableDraft t) {
        return t.columns.stream().filter(c -> !t.inForeignKey(c.name())).toList();
    }

    boolean addUnique(TableDraft t) {
        List<String> cols = someColumns(t, false);
        // a unique constraint may repeat the primary key or another unique: PostgreSQL's CREATE TABLE
        // would merge it silently, so the dialect must add it separately
        if (cols.isEmpty()) {
            return false;
        }
        t.uniques.add(new UniqueConstraint(constraintName("uq"), cols));
        return true;
    }

    boolean addCheck(TableDraft t) {
        List<Column> ints = plainColumns(t).stream()
                .filter(c -> ColumnKinds.of(c.type()) != null && ColumnKinds.of(c.type()).integer()).toList();
        if (ints.isEmpty()) {
            return false;
        }
        Column c = ints.get(random.nextInt(ints.size()));
        t.checks.add(new CheckConstraint(constraintName("ck"), checkOn(c.name())));
        return true;
    }

    static String checkOn(String column) {
        return "(" + printed(column) + " >= 0)";
    }

    boolean addIndex(TableDraft t) {
        List<String> cols = someColumns(t, true);
        if (cols.isEmpty()) {
            return false;
        }
        t.indexes.add(new Index(constraintName("ix"), cols, random.nextInt(5) == 0));
        return true;
    }

    private List<String> someColumns(TableDraft t, boolean withDesc) {
        List<Column> plain = new ArrayList<>(plainColumns(t));
        List<String> cols = new ArrayList<>();
        for (int i = 1 + random.nextInt(2); i > 0 && !plain.isEmpty(); i--) {
            String name = plain.remove(random.nextInt(plain.size())).name();
            cols.add(withDesc && random.nextInt(3) == 0 ? name + " desc" : name);
        }
        return cols;
    }

    /** Drafts of a schema's tables. */
    static List<TableDraft> drafts(Schema schema) {
        return new ArrayList<>(schema.tables().stream().map(TableDraft::new).toList());
    }

    static List<Table> build(List<TableDraft> drafts) {
        return drafts.stream().map(TableDraft::build).toList();
    }
}
