package dev.mifty.runtime.internal.lock;

import java.time.Duration;

/**
 * How long a migration's statement may wait for a table lock (PostgreSQL {@code lock_timeout}) and
 * how often a migration whose statement hit it is rolled back and tried again.
 *
 * <p>A DDL statement waiting for a lock queues every later query on that table behind it, so the
 * wait is bounded: the application is stalled for at most {@code timeout}, then the migration
 * backs off (leaving the table to the application) and retries. Backoff before retry {@code n}
 * (1-based) is {@code timeout * 2^(n-1)}, at most {@link #MAX_BACKOFF}.
 *
 * @param timeout the {@code lock_timeout} of every migration that does not choose its own
 * @param retries how many times a migration is tried again after a lock timeout (0: fail at once)
 */
public record LockPolicy(Duration timeout, int retries) {

    /** A few seconds: long enough for a short transaction to finish, short enough for users not to notice. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_RETRIES = 3;
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    public LockPolicy {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the lock timeout must be positive, not " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("lock retries must be 0 or more, not " + retries);
        }
    }

    public static LockPolicy defaults() {
        return new LockPolicy(DEFAULT_TIMEOUT, DEFAULT_RETRIES);
    }

    /** The wait before retry {@code attempt} (1-based). */
    public Duration backoff(int attempt, Duration timeoutOfMigration) {
        long millis = timeoutOfMigration.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    /** {@code lock_timeout} as PostgreSQL reads it: whole milliseconds ({@code '5000ms'}). */
    public static String setting(Duration timeout) {
        return Math.max(1, timeout.toMillis()) + "ms";
    }

    /** {@code 5 s}, {@code 300 ms}: for messages. */
    public static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Parses {@code 5s}, {@code 500ms}, {@code 2m}, or a plain number of seconds; null on bad input. */
    public static Duration parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            } else if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).strip()) * 1000));
            } else if (t.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).strip()) * 60);
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
