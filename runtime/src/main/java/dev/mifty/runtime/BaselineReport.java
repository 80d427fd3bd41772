package dev.mifty.runtime;

import java.util.List;

/**
 * What {@code migration:baseline} found and did.
 *
 * @param foreignHistories other tools' history tables found (Flyway, Liquibase), left alone
 * @param sameUnderOtherNames constraints and indexes the database has under another name than the model
 * @param renames           the statements that give them the model's names (empty with {@code adoptNames})
 * @param differences       what still differs from the model, as the SQL that would fix it
 * @param marked            the migrations marked applied (none in a dry run)
 * @param dryRun            true when nothing was written
 */
public record BaselineReport(List<String> foreignHistories, List<String> sameUnderOtherNames, List<String> renames,
                             List<String> differences, List<MigrationInfo> marked, boolean dryRun) {

    public BaselineReport {
        foreignHistories = List.copyOf(foreignHistories);
        sameUnderOtherNames = List.copyOf(sameUnderOtherNames);
        renames = List.copyOf(renames);
        differences = List.copyOf(differences);
        marked = List.copyOf(marked);
    }
}
