package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.internal.baseline.ForeignHistories;
import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The live database as the model sees it: every schema of {@code --schema} and every schema the
 * model names, read at once, without other tools' history tables.
 *
 * <p>The model's objects without a schema live in the default schema; objects the model names by
 * schema are read with their schema. So the default schema for introspection is the first of
 * {@code --schema} (else the session's {@code current_schema()}) that the model does not name; when
 * the model names all of them, every object is read with its schema.
 */
final class LiveSchema {

    private LiveSchema() {
    }

    static Schema read(Connection connection, Settings settings, Schema model) throws SQLException {
        return ForeignHistories.withoutForeignHistories(readAll(connection, settings, model));
    }

    /** With other tools' history tables (for baseline to report them). */
    static Schema readAll(Connection connection, Settings settings, Schema model) throws SQLException {
        Set<String> named = new LinkedHashSet<>(model.namespaces());
        List<String> candidates = new ArrayList<>(settings.schemas());
        candidates.add(Introspector.currentSchema(connection));
        String defaultSchema = null;
        for (String candidate : candidates) {
            if (candidate != null && !named.contains(candidate)) {
                defaultSchema = candidate;
                break;
            }
        }
        Set<String> schemas = new LinkedHashSet<>(settings.schemas());
        schemas.addAll(named);
        if (defaultSchema != null) {
            schemas.add(defaultSchema);
        }
        return new Introspector().read(connection, defaultSchema, schemas);
    }
}
