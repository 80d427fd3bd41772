package dev.mifty.processor.pipeline;

import dev.mifty.processor.jpa.Naming;
import dev.mifty.processor.jpa.RenameRequest;
import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.model.Identifiers;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches {@code @RenamedFrom} requests against the old snapshot. The old name is tried as a
 * logical name (field or entity name through {@link Naming#physical}) and as a stored name (column
 * or table as is). A request whose old name is not in the old schema, or whose new name already
 * is, has no effect: the annotation may stay in the code after its migration was generated.
 */
public final class RenameResolver {

    private final Naming naming;

    public RenameResolver(Naming naming) {
        this.naming = naming;
    }

    public RenameHints resolve(List<RenameRequest> requests, Schema oldSchema, Schema newSchema) {
        Map<QualifiedName, QualifiedName> tables = new HashMap<>();
        for (RenameRequest request : requests) {
            if (request.column() == null && oldSchema.table(request.table()).isEmpty()) {
                for (String candidate : candidates(request.oldName())) {
                    QualifiedName old = new QualifiedName(request.table().schema(), candidate);
                    if (oldSchema.table(old).isPresent() && newSchema.table(old).isEmpty()) {
                        tables.put(old, request.table());
                        break;
                    }
                }
            }
        }
        Map<QualifiedName, QualifiedName> newToOld = new HashMap<>();
        tables.forEach((old, renamed) -> newToOld.put(renamed, old));

        Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
        for (RenameRequest request : requests) {
            if (request.column() == null) {
                continue;
            }
            Optional<Table> oldTable = oldSchema.table(newToOld.getOrDefault(request.table(), request.table()));
            Optional<Table> newTable = newSchema.table(request.table());
            if (oldTable.isEmpty() || oldTable.get().column(request.column()).isPresent()) {
                continue; // new table, or the column already exists: nothing to rename
            }
            for (String candidate : candidates(request.oldName())) {
                boolean stillThere = newTable.isPresent() && newTable.get().column(candidate).isPresent();
                if (oldTable.get().column(candidate).isPresent() && !stillThere) {
                    columns.computeIfAbsent(request.table(), t -> new HashMap<>()).put(candidate, request.column());
                    break;
                }
            }
        }
        return new RenameHints(tables, columns);
    }

    private Set<String> candidates(String oldName) {
        Set<String> names = new LinkedHashSet<>();
        try {
            names.add(naming.physical(oldName));
        } catch (RuntimeException e) {
            // a name the naming strategy cannot take is tried as a stored name below
        }
        names.add(Identifiers.fold(oldName));
        names.add(oldName);
        return names;
    }
}
