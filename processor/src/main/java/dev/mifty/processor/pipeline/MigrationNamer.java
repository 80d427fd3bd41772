package dev.mifty.processor.pipeline;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.model.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Derives a migration's snake_case name from its changes, the way Django and Rails name theirs:
 * {@code create_customers}, {@code add_phone_to_customers}, {@code rename_phone_to_mobile_in_customers},
 * {@code drop_phone_from_customers}, {@code update_customers}, {@code update_schema}.
 * Foreign keys, indexes and sequences that come with created or dropped tables do not count.
 */
public final class MigrationNamer {

    static final int MAX_LENGTH = 60;

    private MigrationNamer() {
    }

    public static String name(List<Change> changes, boolean fromEmptySchema) {
        List<Change> main = mainChanges(changes);
        String name = derive(main, fromEmptySchema);
        return name.length() > MAX_LENGTH ? (fromEmptySchema ? "initial_schema" : "update_schema") : name;
    }

    private static String derive(List<Change> main, boolean fromEmptySchema) {
        if (main.isEmpty()) {
            return "update_schema";
        }
        Set<QualifiedName> tables = main.stream().map(Change::target).collect(Collectors.toCollection(LinkedHashSet::new));
        if (all(main, Change.CreateTable.class)) {
            return tables.size() <= 2 ? "create_" + join(tables) : fromEmptySchema ? "initial_schema" : "create_tables";
        }
        if (all(main, Change.DropTable.class)) {
            return tables.size() <= 2 ? "drop_" + join(tables) : "drop_tables";
        }
        if (main.size() == 1 && main.get(0) instanceof Change.RenameTable r) {
            return "rename_" + r.from().name() + "_to_" + r.to().name();
        }
        if (tables.size() == 1) {
            String table = tables.iterator().next().name();
            if (main.size() == 1 && main.get(0) instanceof Change.RenameColumn r) {
                return "rename_" + r.from() + "_to_" + r.to() + "_in_" + table;
            }
            if (all(main, Change.AddColumn.class)) {
                return main.size() <= 2 ? "add_" + columns(main) + "_to_" + table : "add_columns_to_" + table;
            }
            if (all(main, Change.DropColumn.class)) {
                return main.size() <= 2 ? "drop_" + columns(main) + "_from_" + table : "drop_columns_from_" + table;
            }
            return "update_" + table;
        }
        return "update_schema";
    }

    /** The changes that say what the migration is about. */
    static List<Change> mainChanges(List<Change> changes) {
        Set<QualifiedName> createdOrDropped = new LinkedHashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.CreateTable || c instanceof Change.DropTable) {
                createdOrDropped.add(c.target());
            }
        }
        Set<QualifiedName> renamed = new LinkedHashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.RenameTable r) {
                renamed.add(r.to());
                renamed.add(r.from());
            }
        }
        boolean onlySequences = changes.stream().allMatch(MigrationNamer::isSequence);
        List<Change> main = new ArrayList<>();
        for (Change c : changes) {
            boolean companion = !(c instanceof Change.CreateTable || c instanceof Change.DropTable)
                    && createdOrDropped.contains(c.target());
            boolean fkOfDroppedTable = c instanceof Change.DropForeignKey fk
                    && createdOrDropped.contains(fk.foreignKey().referencedTable());
            boolean constraintOfRenamedTable = renamed.contains(c.target()) && isConstraint(c);
            if (!companion && !fkOfDroppedTable && !constraintOfRenamedTable && (onlySequences || !isSequence(c))) {
                main.add(c);
            }
        }
        return main;
    }

    /** Constraint and index changes: a renamed table's constraints follow it (e.g. its primary key name). */
    private static boolean isConstraint(Change c) {
        return c instanceof Change.AddPrimaryKey || c instanceof Change.DropPrimaryKey
                || c instanceof Change.AddForeignKey || c instanceof Change.DropForeignKey
                || c instanceof Change.AddUnique || c instanceof Change.DropUnique
                || c instanceof Change.AddCheck || c instanceof Change.DropCheck
                || c instanceof Change.CreateIndex || c instanceof Change.DropIndex
                || isSequence(c);
    }

    /** Sequences, and the schemas and types tables live in or use: they support the table changes. */
    private static boolean isSequence(Change c) {
        return c instanceof Change.CreateSequence || c instanceof Change.DropSequence
                || c instanceof Change.AlterSequence
                || c instanceof Change.CreateSchema || c instanceof Change.DropSchema
                || c instanceof Change.CreateEnumType || c instanceof Change.DropEnumType
                || c instanceof Change.CreateCompositeType || c instanceof Change.DropCompositeType;
    }

    private static boolean all(List<Change> changes, Class<? extends Change> kind) {
        return changes.stream().allMatch(kind::isInstance);
    }

    private static String join(Set<QualifiedName> tables) {
        return tables.stream().map(QualifiedName::name).collect(Collectors.joining("_and_"));
    }

    private static String columns(List<Change> changes) {
        return changes.stream().map(ChangeOrigins::column).collect(Collectors.joining("_and_"));
    }
}
