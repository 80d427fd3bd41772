package dev.mifty.schema.testing;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A mutable table for the random generator. */
final class TableDraft {

    QualifiedName name;
    final List<Column> columns;
    PrimaryKey primaryKey;
    final List<ForeignKey> foreignKeys;
    final List<UniqueConstraint> uniques;
    final List<Index> indexes;
    final List<CheckConstraint> checks;
    /**
     * Columns (current names) that hold NULL in the test rows: the foreign-key columns of the old
     * table, followed through renames and swaps (after a swap a plain name may hold NULL).
     */
    final Set<String> heldNull = new HashSet<>();

    TableDraft(QualifiedName name) {
        this.name = name;
        columns = new ArrayList<>();
        foreignKeys = new ArrayList<>();
        uniques = new ArrayList<>();
        indexes = new ArrayList<>();
        checks = new ArrayList<>();
    }

    TableDraft(Table t) {
        name = t.name();
        columns = new ArrayList<>(t.columns());
        primaryKey = t.primaryKey();
        foreignKeys = new ArrayList<>(t.foreignKeys());
        uniques = new ArrayList<>(t.uniqueConstraints());
        indexes = new ArrayList<>(t.indexes());
        checks = new ArrayList<>(t.checks());
        t.foreignKeys().forEach(fk -> heldNull.addAll(fk.columns()));
    }

    Table build() {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, indexes, checks, null);
    }

    Column column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst().orElseThrow();
    }

    int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    void replace(Column column) {
        columns.set(indexOf(column.name()), column);
    }

    boolean inPrimaryKey(String column) {
        return primaryKey != null && primaryKey.columns().contains(column);
    }

    boolean inUnique(String column) {
        return uniques.stream().anyMatch(u -> u.columns().contains(column));
    }

    boolean inForeignKey(String column) {
        return foreignKeys.stream().anyMatch(f -> f.columns().contains(column));
    }

    boolean hasColumn(String column) {
        return indexOf(column) >= 0;
    }
}
