package dev.mifty.cli;

import dev.mifty.runtime.BaselineReport;
import dev.mifty.runtime.MigrationInfo;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code migration:baseline}: takes over an existing database without running its migrations. */
@Command(name = "migration:baseline",
        description = "Compares an existing database with the model and marks the migrations up to a version as "
                + "applied without running them (a database made by ddl-auto, Flyway or Liquibase).")
final class BaselineCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;

    @Option(names = "--to", paramLabel = "VERSION", description = "Mark migrations up to and including this version (default: all).")
    String to;

    @Option(names = "--adopt-names", description = "Keep the database's names of constraints and indexes the model "
            + "names otherwise (default: rename them to the model's names).")
    boolean adoptNames;

    @Option(names = "--force", description = "Mark the migrations even though the database differs from the model.")
    boolean force;

    @Option(names = "--dry-run", description = "Report only; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        BaselineReport report = root.withDatabase(mifty -> mifty.baseline(to, adoptNames, force, dryRun));
        PrintStream out = root.environment.out();
        if (!report.sameUnderOtherNames().isEmpty()) {
            out.println("Same definition, other name (" + report.sameUnderOtherNames().size() + "):");
            report.sameUnderOtherNames().forEach(line -> out.println("  " + line));
        }
        if (!report.renames().isEmpty()) {
            out.println(report.dryRun() ? "Would rename:" : "Renamed:");
            report.renames().forEach(sql -> out.println("  " + sql + ";"));
        }
        if (report.differences().isEmpty()) {
            out.println("The database matches the model.");
        } else {
            out.println("Differences from the model (" + report.differences().size() + " statement(s) would fix them):");
            report.differences().forEach(sql -> out.println("  " + sql.strip() + ";"));
        }
        for (MigrationInfo info : report.marked()) {
            out.println("  baselined " + info.label());
        }
        return 0;
    }
}
