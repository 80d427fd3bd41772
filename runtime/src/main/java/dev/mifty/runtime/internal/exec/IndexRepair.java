package dev.mifty.runtime.internal.exec;

import dev.mifty.runtime.MiftyLog;
import dev.mifty.runtime.Migration;
import dev.mifty.schema.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * INVALID indexes on the next run: a {@code CREATE INDEX CONCURRENTLY} that failed or whose runner
 * was killed leaves its index INVALID (not used by queries, still maintained on every write). Before
 * a non-transactional migration that creates an index of that name runs (again), the INVALID one is
 * dropped concurrently, so the build starts over; any other INVALID index is reported.
 */
public final class IndexRepair {

    private final Connection connection;
    private final List<String> schemas;
    private final MiftyLog log;
    private List<OnlineDdl.InvalidIndex> invalid;

    public IndexRepair(Connection connection, List<String> schemas, MiftyLog log) {
        this.connection = connection;
        this.schemas = schemas;
        this.log = log;
    }

    /** Looks once; warns about INVALID indexes that none of the pending non-transactional migrations will rebuild. */
    public void inspect(List<Migration> pendingNonTransactional) throws SQLException {
        invalid = OnlineDdl.invalidIndexes(connection, schemas);
        if (invalid.isEmpty()) {
            return;
        }
        Set<String> rebuilt = new HashSet<>();
        for (Migration m : pendingNonTransactional) {
            List<String> statements = OnlineDdl.statements(m);
            if (statements != null) {
                rebuilt.addAll(OnlineDdl.concurrentIndexes(statements));
            }
        }
        for (OnlineDdl.InvalidIndex index : invalid) {
            if (!rebuilt.contains(index.name())) {
                log.warn("index " + index.label() + " is INVALID (a CREATE INDEX CONCURRENTLY failed or was "
                        + "interrupted): queries do not use it but every write maintains it; rebuild it with "
                        + "REINDEX INDEX CONCURRENTLY " + name(index) + ", or drop it with DROP INDEX CONCURRENTLY "
                        + name(index) + " and create it again");
            }
        }
    }

    /** Drops the INVALID indexes this non-transactional migration is about to create. */
    public void beforeRun(Migration migration, String label) throws SQLException {
        if (invalid == null || invalid.isEmpty()) {
            return;
        }
        List<String> statements = OnlineDdl.statements(migration);
        if (statements == null) {
            return;
        }
        List<String> creates = OnlineDdl.concurrentIndexes(statements);
        for (OnlineDdl.InvalidIndex index : List.copyOf(invalid)) {
            if (creates.contains(index.name())) {
                try (Statement s = connection.createStatement()) {
                    s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + name(index));
                }
                invalid.remove(index);
                log.warn("dropped the INVALID index " + index.label() + " left by an interrupted run of " + label
                        + "; building it again");
            }
        }
    }

    private static String name(OnlineDdl.InvalidIndex index) {
        return PostgresDialect.quote(index.schema()) + "." + PostgresDialect.quote(index.name());
    }
}
