package dev.mifty.runtime.internal.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Watches the migration's backend while one of its statements runs: when the statement has run
 * for half its lock timeout, a second connection asks {@link BlockingLocks} who it waits for (and
 * again every half timeout), so a lock timeout can name the blocking lock and its holder. Nothing
 * is queried for statements that finish sooner; the second connection is opened on first need.
 */
public final class LockWatcher implements AutoCloseable {

    private final DataSource dataSource;
    private final int pid;
    private final Consumer<String> debug;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> sampling;
    private Connection probe;
    private volatile List<String> lastBlockers = List.of();

    public LockWatcher(DataSource dataSource, int pid, Consumer<String> debug) {
        this.dataSource = dataSource;
        this.pid = pid;
        this.debug = debug;
    }

    /** A watcher that never looks (dry runs, or no pid known). */
    public static LockWatcher none() {
        return new LockWatcher(null, 0, m -> { });
    }

    /** A statement with this lock timeout starts now. */
    public synchronized void statementStarted(Duration lockTimeout) {
        lastBlockers = List.of();
        if (dataSource == null || pid == 0) {
            return;
        }
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "mifty-lock-watcher");
                t.setDaemon(true);
                return t;
            });
        }
        long half = Math.max(20, lockTimeout.toMillis() / 2);
        sampling = scheduler.scheduleWithFixedDelay(this::sample, half, half, TimeUnit.MILLISECONDS);
    }

    /** The statement returned (or threw). */
    public synchronized void statementFinished() {
        if (sampling != null) {
            sampling.cancel(false);
            sampling = null;
        }
    }

    /** Who blocked the statement at the last look (empty when nobody did or nobody looked). */
    public List<String> lastBlockers() {
        return lastBlockers;
    }

    private void sample() {
        try {
            if (probe == null || probe.isClosed()) {
                probe = dataSource.getConnection();
                probe.setAutoCommit(true);
            }
            List<String> blockers = BlockingLocks.describe(probe, pid);
            if (!blockers.isEmpty()) {
                lastBlockers = blockers;
                debug.accept("waiting for a lock: " + String.join("; ", blockers));
            }
        } catch (SQLException | RuntimeException e) {
            debug.accept("cannot look up blocking locks: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        statementFinished();
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (probe != null) {
            try {
                probe.close();
            } catch (SQLException ignored) {
                // only a probe
            }
        }
    }
}
