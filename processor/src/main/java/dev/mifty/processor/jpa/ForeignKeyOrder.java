package dev.mifty.processor.jpa;

import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The column order of composite foreign keys, as Hibernate creates them: a key that references the
 * target's primary key lists its column pairs in the order of that primary key (which Hibernate
 * itself orders like the target's columns), not in the order the attributes or {@code @JoinColumn}s
 * were declared. Decided once, after every table is built, because the target's key order is known
 * only then. A key that references other columns (a {@code referencedColumnName} to a unique key)
 * keeps its declared order.
 */
final class ForeignKeyOrder {

    private ForeignKeyOrder() {
    }

    static List<Table> aligned(List<Table> tables) {
        Map<QualifiedName, Table> byName = tables.stream().collect(Collectors.toMap(Table::name, Function.identity()));
        List<Table> out = new ArrayList<>(tables.size());
        for (Table t : tables) {
            Set<String> names = new HashSet<>();
            t.foreignKeys().forEach(fk -> names.add(fk.name()));
            List<ForeignKey> keys = t.foreignKeys().stream()
                    .map(fk -> aligned(t.name().name(), fk, byName.get(fk.referencedTable()), names)).toList();
            out.add(keys.equals(t.foreignKeys()) ? t : t.withForeignKeysAndIndexes(keys, t.indexes()));
        }
        return out;
    }

    /**
     * The key in the referenced primary key's order. Its default name follows the columns as they are created
     * ({@code <table>_<cols>_fkey}, PostgreSQL's own name for that statement), so it does not depend on the order
     * the join columns were declared in (Hibernate's hashed {@code FK...} name does not either: {@code
     * NamingHelper.generateHashedFkName} sorts the columns alphabetically before hashing, on every line).
     */
    private static ForeignKey aligned(String table, ForeignKey fk, Table target, Set<String> names) {
        if (fk.columns().size() < 2 || target == null || target.primaryKey() == null) {
            return fk;
        }
        List<String> pk = target.primaryKey().columns();
        if (pk.size() != fk.referencedColumns().size() || !new HashSet<>(pk).equals(new HashSet<>(fk.referencedColumns()))) {
            return fk;
        }
        List<String> columns = pk.stream().map(c -> fk.columns().get(fk.referencedColumns().indexOf(c))).toList();
        String name = fk.name();
        String alignedName = ConstraintNames.of(table, columns, "fkey");
        if (name.equals(ConstraintNames.of(table, fk.columns(), "fkey")) && !names.contains(alignedName)) {
            names.remove(name);
            names.add(alignedName);
            name = alignedName;
        }
        return new ForeignKey(name, columns, fk.referencedTable(), pk, fk.onDelete());
    }
}
