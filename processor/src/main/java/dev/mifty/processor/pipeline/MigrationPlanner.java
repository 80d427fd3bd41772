package dev.mifty.processor.pipeline;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.source.MigrationSource;
import dev.mifty.schema.sql.PostgresDialect;
import java.util.ArrayList;
import java.util.List;

/** Changes -> a {@link MigrationSource}: one step per change, its SQL, and its inverse's SQL. */
public final class MigrationPlanner {

    private final PostgresDialect dialect;
    private final ChangeOrigins origins;

    public MigrationPlanner(PostgresDialect dialect, ChangeOrigins origins) {
        this.dialect = dialect;
        this.origins = origins;
    }

    public MigrationSource plan(String packageName, String version, String name, String fromHash, String toHash,
                                List<Change> changes) {
        List<MigrationSource.Step> steps = new ArrayList<>();
        for (Change change : changes) {
            String comment = origins.origin(change) + ": " + ChangeSummary.line(change);
            steps.add(new MigrationSource.Step(comment, dialect.render(change), dialect.render(change.inverse())));
        }
        return new MigrationSource(packageName, version, name, fromHash, toHash, steps, Change.transactional(changes));
    }

    /** Every up statement, in order: what mode {@code check} prints. */
    public List<String> upStatements(List<Change> changes) {
        List<String> statements = new ArrayList<>();
        changes.forEach(change -> statements.addAll(dialect.render(change)));
        return statements;
    }
}
