package dev.mifty.processor.jpa;

import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
            List<ForeignKey> keys = t.foreignKeys().stream().map(fk -> aligned(fk, byName.get(fk.referencedTable()))).toList();
            out.add(keys.equals(t.foreignKeys()) ? t : t.withForeignKeysAndIndexes(keys, t.indexes()));
        }
        return out;
    }

    private static ForeignKey aligned(ForeignKey fk, Table target) {
        if (fk.columns().size() < 2 || target == null || target.primaryKey() == null) {
            return fk;
        }
        List<String> pk = target.primaryKey().columns();
        if (pk.size() != fk.referencedColumns().size() || !new HashSet<>(pk).equals(new HashSet<>(fk.referencedColumns()))) {
            return fk;
        }
        List<String> columns = pk.stream().map(c -> fk.columns().get(fk.referencedColumns().indexOf(c))).toList();
        return new ForeignKey(fk.name(), columns, fk.referencedTable(), pk, fk.onDelete());
    }
}
