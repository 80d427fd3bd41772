package dev.mifty.designer.views;

import dev.mifty.designer.workspace.Workspace;
import dev.mifty.processor.pipeline.ChangeSummary;
import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.SchemaDiff;
import java.util.List;

/** The live database against the compiled model: the changes, and the SQL that would fix it. */
public final class DriftView {

    public record Drift(boolean inSync, List<String> changes, List<String> statements, List<String> problems) {
    }

    private DriftView() {
    }

    public static Drift of(Workspace workspace) {
        try (Mifty mifty = workspace.mifty()) {
            return of(mifty.diff());
        }
    }

    public static Drift of(SchemaDiff diff) {
        return new Drift(diff.inSync(), diff.changes().stream().map(ChangeSummary::line).toList(),
                diff.statements().stream().map(s -> s.strip() + ";").toList(), diff.problems());
    }
}
