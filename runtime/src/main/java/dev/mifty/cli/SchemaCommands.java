package dev.mifty.cli;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.SchemaDiff;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The {@code schema:*} commands. */
final class SchemaCommands {

    private SchemaCommands() {
    }

    @Command(name = "schema:diff", description = "Compares the live database with the compiled model and prints the SQL; exit 0 when in sync, 1 when not.")
    static final class DiffCommand implements Callable<Integer> {
        @ParentCommand RootCommand root;

        @Option(names = "--output", paramLabel = "NAME", description = "Write the difference as a migration named NAME (exit 0).")
        String output;

        @Option(names = "--package", description = "Package of the written migration (default: the manifest's package).")
        String packageName;

        @Option(names = "--source-dir", defaultValue = "src/main/java", description = "Source root for --output (default: ${DEFAULT-VALUE}).")
        Path sourceDir;

        @Override
        public Integer call() {
            if (output != null) {
                Path dir = root.environment.workingDirectory().resolve(sourceDir);
                root.withDatabase(mifty -> mifty.writeDiffMigration(output, dir, packageName));
                return 0;
            }
            SchemaDiff diff = root.withDatabase(mifty -> mifty.diff());
            var out = root.environment.out();
            for (String problem : diff.problems()) {
                root.environment.err().println("warning: " + problem);
            }
            if (diff.inSync()) {
                out.println("The database matches the model.");
                return 0;
            }
            for (String statement : diff.statements()) {
                out.println(statement.strip() + ";");
            }
            throw new MiftyException(ErrorCode.DRIFT, "the database differs from the model (" + diff.statements().size()
                    + " statement(s) above): write them as a migration with schema:diff --output=NAME, or apply them "
                    + "in development with schema:sync");
        }
    }

    @Command(name = "schema:sync", description = "Applies the diff directly, without a migration (development only).")
    static final class SyncCommand implements Callable<Integer> {
        @ParentCommand RootCommand root;

        @Override
        public Integer call() {
            SchemaDiff diff = root.withDatabase(mifty -> mifty.sync());
            if (diff.inSync() || diff.statements().isEmpty()) {
                root.environment.out().println("The database matches the model.");
            } else {
                for (String statement : diff.statements()) {
                    root.environment.out().println(statement.strip() + ";");
                }
            }
            return 0;
        }
    }

    @Command(name = "schema:drop", description = "Drops every object of the schema, the history table included (development only).")
    static final class DropCommand implements Callable<Integer> {
        @ParentCommand RootCommand root;

        @Override
        public Integer call() {
            root.withDatabase(mifty -> mifty.drop());
            return 0;
        }
    }
}
