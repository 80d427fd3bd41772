package dev.mifty.runtime.internal.exec;

import dev.mifty.runtime.Environment;
import dev.mifty.runtime.MigrationContext;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** The dry run's context: records every statement, executes nothing, has no connection. */
public final class RecordingContext implements MigrationContext {

    private final List<String> statements = new ArrayList<>();
    private final Environment environment;
    private boolean askedDryRun;

    public RecordingContext(Environment environment) {
        this.environment = environment;
    }

    /** For looking at a migration's statements outside a run (e.g. {@link OnlineDdl}): development. */
    public RecordingContext() {
        this(Environment.DEVELOPMENT);
    }

    @Override
    public void execute(String sql) {
        statements.add(sql);
    }

    @Override
    public Connection connection() {
        throw new IllegalStateException("no JDBC connection in a dry run: check context.isDryRun() before a data step");
    }

    @Override
    public boolean isDryRun() {
        askedDryRun = true;
        return true;
    }

    @Override
    public Environment environment() {
        return environment;
    }

    /** True when the migration asked {@link #isDryRun()}: it has a step the recording does not show. */
    public boolean askedDryRun() {
        return askedDryRun;
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }
}
