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

    private final OnlineDdl online;

    public MigrationPlanner(PostgresDialect dialect, ChangeOrigins origins) {
        this(dialect, origins, OnlineDdl.OFF);
    }

    public MigrationPlanner(PostgresDialect dialect, ChangeOrigins origins, OnlineDdl online) {
        this.dialect = dialect;
        this.origins = origins;
        this.online = online;
    }

    public MigrationSource plan(String packageName, String version, String name, String fromHash, String toHash,
                                List<Change> changes) {
        List<MigrationSource.Step> steps = new ArrayList<>();
        boolean transactional = true;
        for (Change change : changes) {
            String comment = origins.origin(change) + ": " + ChangeSummary.line(change);
            boolean onlineForm = online.applies(change);
            transactional &= !onlineForm;
            steps.add(new MigrationSource.Step(comment + (onlineForm ? " (online)" : ""),
                    onlineForm ? dialect.renderOnline(change) : dialect.render(change),
                    onlineForm ? dialect.renderOnline(change.inverse()) : dialect.render(change.inverse())));
        }
        return new MigrationSource(packageName, version, name, fromHash, toHash, steps,
                transactional && Change.transactional(changes));
    }

    /** Every up statement, in order: what mode {@code check} prints. */
    public List<String> upStatements(List<Change> changes) {
        List<String> statements = new ArrayList<>();
        changes.forEach(change -> statements.addAll(online.applies(change) ? dialect.renderOnline(change) : dialect.render(change)));
        return statements;
    }
}
