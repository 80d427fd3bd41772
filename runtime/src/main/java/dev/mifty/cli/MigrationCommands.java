package dev.mifty.cli;

import dev.mifty.runtime.Direction;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationType;
import dev.mifty.runtime.PlannedMigration;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The {@code migration:*} commands: each parses its flags and calls the facade. */
final class MigrationCommands {

    private MigrationCommands() {
    }

    @Command(name = "migration:create", description = "Writes a hand-written migration skeleton into the migrations package.")
    static final class Create implements Callable<Integer> {
        @ParentCommand RootCommand root;

        @Parameters(paramLabel = "NAME", description = "What it does, e.g. add_audit_log (snake_case, or any words).")
        String name;

        @Option(names = "--type", defaultValue = "alter", description = "create, alter or data (default: ${DEFAULT-VALUE}).")
        String type;

        @Option(names = "--package", description = "The migrations package (default: the manifest's package).")
        String packageName;

        @Option(names = "--source-dir", defaultValue = "src/main/java", description = "Source root, relative to the working directory (default: ${DEFAULT-VALUE}).")
        Path sourceDir;

        @Override
        public Integer call() {
            MigrationType parsed = MigrationType.parse(type);
            Path dir = root.environment.workingDirectory().resolve(sourceDir);
            root.offline().createMigration(name, parsed, dir, packageName);
            return 0;
        }
    }

    @Command(name = "migration:run", description = "Applies pending migrations, each in its own transaction.")
    static final class Run implements Callable<Integer> {
        @ParentCommand RootCommand root;

        @Option(names = "--to", paramLabel = "VERSION", description = "Apply up to and including this version.")
        String to;

        @Option(names = "--dry-run", description = "Print every statement that would run, in order; change nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            if (!dryRun) {
                root.withDatabase(mifty -> mifty.migrate(to));
                return 0;
            }
            List<PlannedMigration> plan = root.withDatabase(mifty -> mifty.dryRun(to));
            var out = root.environment.out();
            for (PlannedMigration migration : plan) {
                out.println("-- " + migration.version() + "_" + migration.name());
                for (String statement : migration.statements()) {
                    out.println(statement.strip() + ";");
                }
                out.println();
            }
            out.println("-- dry run: " + plan.size() + " migration(s) would run; nothing was changed");
            return 0;
        }
    }

    @Command(name = "migration:status", description = "Every migration: applied (when, how long), pending, failed, changed or unknown.")
    static final class StatusCommand implements Callable<Integer> {
        @ParentCommand RootCommand root;

        @Option(names = "--json", description = "Print a JSON array for tools.")
        boolean json;

        @Override
        public Integer call() {
            List<MigrationInfo> infos = root.withDatabase(mifty -> mifty.status());
            root.environment.out().print(json ? StatusPrinter.json(infos) : StatusPrinter.table(infos));
            return 0;
        }
    }

    static final class RollbackTarget {
        @Option(names = "--steps", paramLabel = "N", description = "Roll back the N newest applied migrations (default 1).")
        Integer steps;

        @Option(names = "--to", paramLabel = "VERSION", description = "Roll back every migration newer than VERSION (it stays applied).")
        String to;
    }

    @Command(name = "migration:rollback", description = "Runs down of the newest applied migrations, newest first.")
    static final class RollbackCommand implements Callable<Integer> {
        @ParentCommand RootCommand root;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        RollbackTarget target;

        @Override
        public Integer call() {
            if (target != null && target.to != null) {
                root.withDatabase(mifty -> mifty.rollbackTo(target.to));
            } else {
                int steps = target == null || target.steps == null ? 1 : target.steps;
                if (steps < 1) {
                    throw new dev.mifty.runtime.MiftyException(dev.mifty.runtime.ErrorCode.USAGE,
                            "--steps must be 1 or more, not " + steps);
                }
                root.withDatabase(mifty -> mifty.rollback(steps));
            }
            return 0;
        }
    }

    @Command(name = "migration:reset", description = "Rolls back every applied migration (development only).")
    static final class Reset implements Callable<Integer> {
        @ParentCommand RootCommand root;

        @Override
        public Integer call() {
            root.withDatabase(mifty -> mifty.reset());
            return 0;
        }
    }

    @Command(name = "migration:resolve", description = "Marks a migration applied (--as=up) or not applied (--as=down) without running it.")
    static final class ResolveCommand implements Callable<Integer> {
        @ParentCommand RootCommand root;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The migration's name, version or version_name.")
        String name;

        @Option(names = "--as", required = true, paramLabel = "up|down", description = "up: mark applied; down: mark not applied.")
        String as;

        @Override
        public Integer call() {
            Direction direction = Direction.parse(as);
            root.withDatabase(mifty -> mifty.resolve(name, direction));
            return 0;
        }
    }

    @Command(name = "migration:squash", description = "Writes one migration that replaces every migration up to VERSION (the schema as it stands after it).")
    static final class SquashCommand implements Callable<Integer> {
        @ParentCommand RootCommand root;

        @Option(names = "--to", required = true, paramLabel = "VERSION", description = "The last migration the squash replaces.")
        String to;

        @Option(names = "--name", paramLabel = "NAME", description = "The squash's name (default: squashed_to_VERSION).")
        String name;

        @Option(names = "--package", description = "Package of the written migration (default: the manifest's package).")
        String packageName;

        @Option(names = "--source-dir", defaultValue = "src/main/java", description = "Source root, relative to the working directory (default: ${DEFAULT-VALUE}).")
        Path sourceDir;

        @Override
        public Integer call() {
            Path dir = root.environment.workingDirectory().resolve(sourceDir);
            root.withDatabase(mifty -> mifty.squash(to, name, dir, packageName));
            return 0;
        }
    }
}
