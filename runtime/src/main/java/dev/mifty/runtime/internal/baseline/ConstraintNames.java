package dev.mifty.runtime.internal.baseline;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Constraints and indexes of a live database that are the model's, under another name: a foreign
 * key {@code orders_customer_id_fkey} (PostgreSQL's default) that Hibernate calls
 * {@code FKn8xyz...}, a primary key, unique constraint, index or check with the same definition.
 * Matched by definition (columns, referenced table and columns, delete action; unique flag;
 * expression), never by name, within the same table.
 */
public final class ConstraintNames {

    /** One constraint known under two names. */
    public record Rename(QualifiedName table, Kind kind, String liveName, String modelName) {
        public String describe() {
            return kind.label + " " + liveName + " on " + table.name() + " is the model's " + modelName;
        }
    }

    public enum Kind {
        PRIMARY_KEY("primary key"), FOREIGN_KEY("foreign key"), UNIQUE("unique constraint"), INDEX("index"), CHECK("check");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        public boolean isIndex() {
            return this == INDEX;
        }
    }

    private ConstraintNames() {
    }

    /** Every constraint of {@code live} that is one of {@code model} under another name, in table order. */
    public static List<Rename> match(Schema live, Schema model) {
        List<Rename> renames = new ArrayList<>();
        for (Table modelTable : model.tables()) {
            Table liveTable = live.table(modelTable.name()).orElse(null);
            if (liveTable == null) {
                continue;
            }
            QualifiedName t = modelTable.name();
            if (liveTable.primaryKey() != null && modelTable.primaryKey() != null
                    && !liveTable.primaryKey().name().equals(modelTable.primaryKey().name())
                    && liveTable.primaryKey().columns().equals(modelTable.primaryKey().columns())) {
                renames.add(new Rename(t, Kind.PRIMARY_KEY, liveTable.primaryKey().name(), modelTable.primaryKey().name()));
            }
            pair(t, Kind.FOREIGN_KEY, liveTable.foreignKeys(), modelTable.foreignKeys(), ForeignKey::name,
                    fk -> List.of(fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete()), renames);
            pair(t, Kind.UNIQUE, liveTable.uniqueConstraints(), modelTable.uniqueConstraints(), UniqueConstraint::name,
                    UniqueConstraint::columns, renames);
            pair(t, Kind.INDEX, liveTable.indexes(), modelTable.indexes(), Index::name,
                    i -> List.of(i.columns(), i.unique()), renames);
            pair(t, Kind.CHECK, liveTable.checks(), modelTable.checks(), CheckConstraint::name,
                    CheckConstraint::expression, renames);
        }
        return renames;
    }

    /** {@code live} with each matched constraint under the model's name. */
    public static Schema liveWithModelNames(Schema live, List<Rename> renames) {
        return rename(live, renames, true);
    }

    /** {@code model} with each matched constraint under the live database's name. */
    public static Schema modelWithLiveNames(Schema model, List<Rename> renames) {
        return rename(model, renames, false);
    }

    private static <T> void pair(QualifiedName table, Kind kind, List<T> live, List<T> model, Function<T, String> name,
                                 Function<T, Object> definition, List<Rename> out) {
        Set<String> liveNames = new HashSet<>();
        live.forEach(c -> liveNames.add(name.apply(c)));
        Set<String> modelNames = new HashSet<>();
        model.forEach(c -> modelNames.add(name.apply(c)));
        Map<Object, List<T>> unmatchedLive = new HashMap<>();
        for (T c : live) {
            if (!modelNames.contains(name.apply(c))) {
                unmatchedLive.computeIfAbsent(definition.apply(c), k -> new ArrayList<>()).add(c);
            }
        }
        for (T c : model) {
            if (liveNames.contains(name.apply(c))) {
                continue;
            }
            List<T> candidates = unmatchedLive.get(definition.apply(c));
            if (candidates != null && !candidates.isEmpty()) {
                out.add(new Rename(table, kind, name.apply(candidates.remove(0)), name.apply(c)));
            }
        }
    }

    private static Schema rename(Schema schema, List<Rename> renames, boolean liveToModel) {
        Map<QualifiedName, Map<String, String>> byTable = new HashMap<>();
        for (Rename r : renames) {
            byTable.computeIfAbsent(r.table(), k -> new HashMap<>()).put(
                    key(r.kind(), liveToModel ? r.liveName() : r.modelName()), liveToModel ? r.modelName() : r.liveName());
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            Map<String, String> names = byTable.get(t.name());
            if (names == null) {
                tables.add(t);
                continue;
            }
            PrimaryKey pk = t.primaryKey() == null ? null
                    : new PrimaryKey(names.getOrDefault(key(Kind.PRIMARY_KEY, t.primaryKey().name()), t.primaryKey().name()),
                    t.primaryKey().columns());
            tables.add(new Table(t.name(), t.columns(), pk,
                    t.foreignKeys().stream().map(fk -> new ForeignKey(names.getOrDefault(key(Kind.FOREIGN_KEY, fk.name()), fk.name()),
                            fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete())).toList(),
                    t.uniqueConstraints().stream().map(u -> new UniqueConstraint(
                            names.getOrDefault(key(Kind.UNIQUE, u.name()), u.name()), u.columns())).toList(),
                    t.indexes().stream().map(i -> new Index(names.getOrDefault(key(Kind.INDEX, i.name()), i.name()),
                            i.columns(), i.unique(), i.options())).toList(),
                    t.checks().stream().map(c -> new CheckConstraint(names.getOrDefault(key(Kind.CHECK, c.name()), c.name()),
                            c.expression())).toList(),
                    t.origin(), t.comment(), t.options()));
        }
        return schema.withTables(tables);
    }

    private static String key(Kind kind, String name) {
        return kind.name() + ":" + name;
    }
}
