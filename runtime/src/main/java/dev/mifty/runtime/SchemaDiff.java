package dev.mifty.runtime;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.model.Schema;
import java.util.List;

/**
 * The live database compared with the compiled model ({@code schema:diff}).
 *
 * @param live       the database as introspected
 * @param model      the model from the manifest's snapshot resource
 * @param changes    what turns {@code live} into {@code model}, in order
 * @param statements the SQL of those changes, in order
 * @param problems   what the differ would not decide alone (likely renames), as sentences
 */
public record SchemaDiff(Schema live, Schema model, List<Change> changes, List<String> statements, List<String> problems) {

    public SchemaDiff {
        changes = List.copyOf(changes);
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
    }

    /** True when the database matches the model. */
    public boolean inSync() {
        return changes.isEmpty();
    }
}
