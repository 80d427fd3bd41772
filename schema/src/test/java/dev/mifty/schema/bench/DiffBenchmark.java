package dev.mifty.schema.bench;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.diff.DiffResult;
import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import dev.mifty.schema.sql.PostgresDialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Diff + render of an N-table model (10 columns, a primary key, a foreign key, a unique constraint,
 * an index and a check per table) against a copy with 5% of the tables changed (columns added,
 * dropped, retyped, renamed with hints, indexes changed, tables dropped, added and renamed).
 * Every size is run twice (3 s warm-up each); only the second round is reported. Reports wall
 * time and the thread's CPU time (the latter is what to compare on a busy machine).
 * Not a test: run by hand, e.g.
 * <pre>
 * mvn -B -q -o -pl schema test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseSerialGC -Xmx1g -cp schema/target/classes:schema/target/test-classes:$(cat schema/target/cp.txt) \
 *     dev.mifty.schema.bench.DiffBenchmark
 * </pre>
 */
public final class DiffBenchmark {

    private static final SqlType[] TYPES = {SqlType.of("int4"), SqlType.of("int8"), SqlType.of("text"),
            SqlType.varchar(255), SqlType.numeric(19, 2), SqlType.of("bool"), SqlType.temporal("timestamptz", 6)};

    private DiffBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {2000, 4000, 8000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            run(size, false);
        }
        for (int size : sizes) {
            run(size, true);
        }
    }

    private static void run(int tables, boolean report) {
        Schema from = model(tables);
        Random random = new Random(42);
        Map<QualifiedName, QualifiedName> tableRenames = new HashMap<>();
        Map<QualifiedName, Map<String, String>> columnRenames = new HashMap<>();
        Schema to = changed(from, random, tableRenames, columnRenames);
        RenameHints hints = new RenameHints(tableRenames, columnRenames);
        SchemaDiffer differ = new SchemaDiffer();
        PostgresDialect dialect = new PostgresDialect();
        int statements = 0;
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            statements = once(differ, dialect, from, to, hints);
        }
        int changes = differ.diff(from, to, hints).changes().size();
        int runs = 30;
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            once(differ, dialect, from, to, hints);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        java.util.Arrays.sort(nanos);
        double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1e6;
        double meanCpu = java.util.Arrays.stream(cpu).average().orElse(0) / 1e6;
        if (!report) {
            return;
        }
        int columns = from.tables().stream().mapToInt(t -> t.columns().size()).sum();
        System.out.printf("%,6d tables / %,7d columns: %,5d changes, %,5d statements; diff+render wall mean %.1f ms, "
                        + "median %.1f ms, min %.1f ms; thread CPU mean %.1f ms (%d runs after 3 s warm-up)%n",
                tables, columns, changes, statements, mean, nanos[runs / 2] / 1e6, nanos[0] / 1e6, meanCpu, runs);
    }

    private static int once(SchemaDiffer differ, PostgresDialect dialect, Schema from, Schema to, RenameHints hints) {
        DiffResult result = differ.diff(from, to, hints);
        int statements = 0;
        for (Change change : result.changes()) {
            statements += dialect.render(change).size();
        }
        return statements;
    }

    private static Schema model(int count) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tables.add(table("t" + i, i, count));
        }
        return new Schema(tables, List.of());
    }

    private static Table table(String name, int i, int count) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", SqlType.of("int8"), false));
        columns.add(Column.of("parent_id", SqlType.of("int8"), true));
        for (int c = 2; c < 10; c++) {
            columns.add(Column.of("c" + c, TYPES[(i + c) % TYPES.length], c % 3 == 0));
        }
        QualifiedName parent = QualifiedName.of("t" + ((i + 1) % count));
        return new Table(QualifiedName.of(name), columns, new PrimaryKey(name + "_pkey", List.of("id")),
                List.of(new ForeignKey(name + "_parent_fk", List.of("parent_id"), parent, List.of("id"), ReferentialAction.NO_ACTION)),
                List.of(new UniqueConstraint(name + "_c2_uq", List.of("c2"))),
                List.of(new Index(name + "_c3_idx", List.of("c3"), false)),
                List.of(new CheckConstraint(name + "_ck", "c4 IS NOT NULL OR c5 IS NULL")), null);
    }

    /** 5% of the tables changed, in eight different ways. */
    private static Schema changed(Schema from, Random random, Map<QualifiedName, QualifiedName> tableRenames,
                                  Map<QualifiedName, Map<String, String>> columnRenames) {
        List<Table> tables = new ArrayList<>(from.tables());
        int changes = tables.size() / 20;
        for (int k = 0; k < changes; k++) {
            int i = random.nextInt(tables.size());
            Table t = tables.get(i);
            List<Column> columns = new ArrayList<>(t.columns());
            switch (k % 8) {
                case 0 -> columns.add(Column.of("added", SqlType.of("text"), false));
                case 1 -> columns.removeIf(c -> c.name().equals("c9"));
                case 2 -> columns.replaceAll(c -> c.name().equals("c6") ? c.withType(SqlType.of("text")).withNullable(false) : c);
                case 3 -> {
                    columns.replaceAll(c -> c.name().equals("c7") ? c.withName("c7_renamed") : c);
                    columnRenames.put(t.name(), Map.of("c7", "c7_renamed"));
                }
                case 4 -> {
                    tables.set(i, new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(),
                            List.of(new Index(t.name().name() + "_c3_idx", List.of("c3 desc", "c4"), true)), t.checks(), null));
                    continue;
                }
                case 5 -> {
                    QualifiedName renamed = QualifiedName.of(t.name().name() + "_renamed");
                    tableRenames.put(t.name(), renamed);
                    tables.set(i, new Table(renamed, columns, t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(),
                            t.indexes(), t.checks(), null));
                    continue;
                }
                case 6 -> {
                    tables.add(table("new" + k, k, tables.size()));
                    continue;
                }
                default -> {
                    tables.remove(i);
                    continue;
                }
            }
            tables.set(i, new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(),
                    t.indexes(), t.checks(), null));
        }
        return new Schema(tables, List.of());
    }
}
