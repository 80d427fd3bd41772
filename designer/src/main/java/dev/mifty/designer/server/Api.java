package dev.mifty.designer.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mifty.designer.design.DesignService;
import dev.mifty.designer.design.EntityEdit;
import dev.mifty.designer.design.FieldTypes;
import dev.mifty.designer.views.CompiledModel;
import dev.mifty.designer.views.DriftView;
import dev.mifty.designer.views.MigrationsView;
import dev.mifty.designer.views.ModelView;
import dev.mifty.designer.views.ViewException;
import dev.mifty.designer.workspace.CompileResult;
import dev.mifty.designer.workspace.Project;
import dev.mifty.designer.workspace.Workspace;
import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MigrationInfo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API: one method per route, each calling a view, the Mifty facade or the design service. */
final class Api {

    private final Workspace workspace;
    private final DesignService design;
    private final String mermaidVersion;

    Api(Workspace workspace, String mermaidVersion) {
        this.workspace = workspace;
        this.mermaidVersion = mermaidVersion;
        this.design = workspace.project().map(p -> new DesignService(p.projectDir(), p.sourceRoots())).orElse(null);
    }

    Object info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("environment", workspace.environment().name().toLowerCase(java.util.Locale.ROOT));
        info.put("readOnly", workspace.readOnly());
        info.put("database", workspace.databaseLabel());
        info.put("designMode", design != null);
        info.put("project", workspace.project().map(Project::projectDir).map(Path::getFileName).map(Path::toString).orElse(null));
        info.put("fieldTypes", FieldTypes.names());
        info.put("mermaid", mermaidVersion);
        return info;
    }

    Object model() {
        return ModelView.of(CompiledModel.read(workspace));
    }

    Object migrations() {
        return new MigrationsView(workspace).rows();
    }

    Object migration(String version) {
        return new MigrationsView(workspace).detail(version);
    }

    Object drift() {
        return DriftView.of(workspace);
    }

    /** Applies pending migrations up to {@code to} (null: all); the page calls it once per migration to show progress. */
    Object migrate(JsonNode body) {
        String to = text(body, "to");
        try (Mifty mifty = workspace.mifty()) {
            List<MigrationInfo> applied = mifty.migrate(to);
            return Map.of("applied", applied.stream().map(MigrationInfo::label).toList());
        }
    }

    Object rollback(JsonNode body) {
        int steps = body.path("steps").asInt(1);
        if (steps < 1) {
            throw new ViewException("steps must be at least 1, got " + steps);
        }
        try (Mifty mifty = workspace.mifty()) {
            return Map.of("rolledBack", mifty.rollback(steps).stream().map(MigrationInfo::label).toList());
        }
    }

    Object sync() {
        try (Mifty mifty = workspace.mifty()) {
            return DriftView.of(mifty.sync());
        }
    }

    /** "Generate migration" from drift: what {@code schema:diff --output=NAME} writes. */
    Object driftMigration(JsonNode body) {
        String name = text(body, "name");
        if (name == null || name.isBlank()) {
            throw new ViewException("the migration needs a name, e.g. sync_orders");
        }
        Path dir = workspace.migrationSourceDir();
        if (dir == null) {
            throw new ViewException("no source folder to write the migration to: start the designer in the project's folder "
                    + "(with src/main/java) or with its sources");
        }
        Path written;
        try (Mifty mifty = workspace.mifty()) {
            written = mifty.writeDiffMigration(name, dir, null);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", written == null ? null : written.getFileName().toString());
        if (written != null && design != null) {
            result.put("compile", workspace.compile("off", null));
        } else if (written != null) {
            result.put("note", "written; build the application to compile it");
        }
        return result;
    }

    Object entities() {
        return requireDesign().entities();
    }

    Object preview(JsonNode body) {
        return requireDesign().preview(edit(body));
    }

    Object save(JsonNode body) {
        return requireDesign().save(edit(body), text(body, "baseHash"));
    }

    /** Compiles the sources with the processor in mode {@code generate}: the migration a build would write. */
    Object generate(JsonNode body) {
        requireDesign();
        CompileResult result = workspace.compile("generate", text(body, "name"));
        return result;
    }

    private DesignService requireDesign() {
        if (design == null) {
            throw new ViewException(409, "the designer runs without the project's sources: start it with mvn mifty:ui "
                    + "(or --sources) to edit entities");
        }
        return design;
    }

    private static EntityEdit edit(JsonNode body) {
        JsonNode e = body.path("edit");
        String kind = text(e, "kind");
        String entity = text(e, "entity");
        if (kind == null) {
            throw new ViewException("the edit has no kind");
        }
        return switch (kind) {
            case "addEntity" -> new EntityEdit.AddEntity(entity, text(e, "package"));
            case "addField" -> new EntityEdit.AddField(entity, text(e, "name"), text(e, "type"),
                    e.path("nullable").asBoolean(true), e.hasNonNull("length") && !e.path("length").asText().isBlank()
                    ? Integer.valueOf(e.path("length").asInt()) : null, e.path("unique").asBoolean(false),
                    e.path("accessors").asBoolean(true));
            case "renameField" -> new EntityEdit.RenameField(entity, text(e, "from"), text(e, "to"));
            case "removeField" -> new EntityEdit.RemoveField(entity, text(e, "name"));
            case "addRelation" -> new EntityEdit.AddRelation(entity, text(e, "name"), text(e, "relation"), text(e, "target"),
                    e.path("optional").asBoolean(true), e.path("accessors").asBoolean(true));
            default -> throw new ViewException("unknown edit '" + kind + "'");
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText().strip();
    }
}
