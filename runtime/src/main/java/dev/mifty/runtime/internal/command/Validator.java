package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the joined state before anything runs and refuses with every problem at once: applied
 * migrations edited since (checksum mismatch), applied versions the manifest does not know
 * (unless ignored), and non-transactional migrations that failed part-way.
 */
public final class Validator {

    private Validator() {
    }

    public static void validate(List<MigrationInfo> infos, Map<String, MigrationDescriptor> byVersion, boolean ignoreUnknown) {
        List<String> problems = new ArrayList<>();
        for (MigrationInfo info : infos) {
            switch (info.state()) {
                case CHECKSUM_MISMATCH -> problems.add("migration " + info.label() + " ("
                        + byVersion.get(info.version()).className() + ") was changed after it was applied: checksum "
                        + info.appliedChecksum() + " in the database, " + info.checksum() + " in the code; revert the "
                        + "edit and put the change in a new migration, or accept it with migration:resolve --name="
                        + info.name() + " --as=up");
                case UNKNOWN -> {
                    if (!ignoreUnknown) {
                        problems.add("version " + info.label() + " is applied in the database but not in this "
                                + "application's manifest (newer code ran here): deploy that code, or pass "
                                + "--ignore-unknown to go on without it");
                    }
                }
                case FAILED -> {
                    MigrationDescriptor d = byVersion.get(info.version());
                    if (d != null && !d.factory().get().transactional()
                            && !dev.mifty.runtime.internal.exec.OnlineDdl.rerunnable(d.factory().get())) {
                        problems.add("migration " + info.label() + " failed part-way outside a transaction (or its run "
                                + "was killed): repair the database by hand, then run migration:resolve --name=" + info.name()
                                + " --as=up (if it is now applied) or --as=down (to run it again); only migrations "
                                + "made of repeatable online DDL (CREATE INDEX CONCURRENTLY IF NOT EXISTS, DROP INDEX "
                                + "CONCURRENTLY IF EXISTS, VALIDATE CONSTRAINT) are run again by themselves");
                    }
                }
                default -> {
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MiftyException(ErrorCode.VALIDATION, problems.size() == 1 ? problems.get(0)
                    : problems.size() + " problems: " + String.join("; ", problems));
        }
    }
}
