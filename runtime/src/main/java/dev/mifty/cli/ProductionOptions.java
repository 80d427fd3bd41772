package dev.mifty.cli;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.internal.lock.LockPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The global options for production databases: schemas, lock timeouts, poolers. Each has an
 * environment variable; the flag wins over it.
 */
final class ProductionOptions {

    @Option(names = "--schema", paramLabel = "SCHEMA[,SCHEMA...]", split = ",", scope = ScopeType.INHERIT,
            description = "The schema(s) of the model, introspected by schema:diff; the history table goes to the "
                    + "first (default: MIFTY_SCHEMA, else public).")
    List<String> schemas;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", scope = ScopeType.INHERIT,
            description = "How long a migration statement may wait for a table lock, e.g. 5s or 500ms "
                    + "(default: MIFTY_LOCK_TIMEOUT, else 5s); then the migration is rolled back and retried.")
    String lockTimeout;

    @Option(names = "--lock-retries", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "How often a migration that hit the lock timeout is retried (default: MIFTY_LOCK_RETRIES, else 3).")
    Integer lockRetries;

    @Option(names = "--pooler", paramLabel = "none|session", scope = ScopeType.INHERIT,
            description = "session: the connection goes through a PgBouncer with pool_mode=session (default: "
                    + "MIFTY_POOLER, else none: a connection seen going through a pooler is refused).")
    String pooler;

    void apply(Mifty.Builder builder, CliEnvironment environment) {
        List<String> schemaList = schemas != null ? schemas : split(environment.get("MIFTY_SCHEMA"));
        if (!schemaList.isEmpty()) {
            builder.schemas(schemaList);
        }
        String timeout = lockTimeout != null ? lockTimeout : environment.get("MIFTY_LOCK_TIMEOUT");
        if (timeout != null && !timeout.isBlank()) {
            Duration parsed = LockPolicy.parse(timeout);
            if (parsed == null || parsed.isNegative() || parsed.isZero()) {
                throw new MiftyException(ErrorCode.USAGE, "lock timeout '" + timeout + "' "
                        + (lockTimeout != null ? "(--lock-timeout)" : "(MIFTY_LOCK_TIMEOUT)")
                        + " is not a positive duration such as 5s, 500ms or 1m");
            }
            builder.statementLockTimeout(parsed);
        }
        Integer retries = lockRetries != null ? lockRetries : integer(environment.get("MIFTY_LOCK_RETRIES"));
        if (retries != null) {
            if (retries < 0) {
                throw new MiftyException(ErrorCode.USAGE, "lock retries must be 0 or more, not " + retries);
            }
            builder.lockRetries(retries);
        }
        String mode = pooler != null ? pooler : environment.get("MIFTY_POOLER");
        if (mode != null && !mode.isBlank()) {
            switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "session" -> builder.sessionPooler(true);
                case "none" -> builder.sessionPooler(false);
                default -> throw new MiftyException(ErrorCode.USAGE, "pooler '" + mode + "' is not none or session: "
                        + "migrations cannot run through a transaction-pooling PgBouncer; use a direct connection");
            }
        }
    }

    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    private static Integer integer(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new MiftyException(ErrorCode.USAGE, "MIFTY_LOCK_RETRIES=" + value + " is not a number");
        }
    }
}
