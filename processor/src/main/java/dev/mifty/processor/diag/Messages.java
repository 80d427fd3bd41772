package dev.mifty.processor.diag;

import java.util.List;

/**
 * Every message of the processor's pipeline in one place: each says what is wrong and what to do.
 * The ids ({@code [mifty:likely-rename]}) are stable; users and docs refer to them.
 */
public final class Messages {

    public static final String INVALID_OPTION = "invalid-option";
    public static final String NO_PROJECT_DIR = "no-project-dir";
    public static final String BAD_SNAPSHOT = "bad-snapshot";
    public static final String IO = "io";
    public static final String LIKELY_RENAME = "likely-rename";
    public static final String PENDING_CHANGES = "pending-changes";
    public static final String DUPLICATE_VERSION = "duplicate-version";
    public static final String DIVERGED = "diverged-migrations";
    public static final String BAD_MIGRATION = "bad-migration";
    public static final String DATA_LOSS = "data-loss";
    public static final String NARROWING = "narrowing";
    public static final String NEW_CONSTRAINT = "new-constraint";
    public static final String LOCKS_WRITES = "locks-writes";
    public static final String INTERNAL = "internal";
    public static final String STATEMENT_TOO_LONG = "statement-too-long";

    private Messages() {
    }

    public static String hibernateLine(String line, String how) {
        return "mapping entities as Hibernate ORM " + line + " does (" + how
                + "; force another line with -Amifty.hibernate=6.6|7.0|7.1|7.2|7.3|7.4)";
    }

    public static String invalidOption(String option, String value, String expected) {
        return "invalid value '" + value + "' for -A" + option + ": expected " + expected;
    }

    public static String noProjectDir(String classOutput) {
        return "cannot find the project directory (no pom.xml or build.gradle above the class output "
                + classOutput + "): pass -Amifty.projectDir=<the project's root folder>";
    }

    public static String badSnapshot(String problem) {
        return "malformed schema snapshot " + problem
                + ": fix the file (or restore it from version control), then compile again";
    }

    public static String statementTooLong(String className, String problem) {
        return "cannot write migration " + className + ": " + problem;
    }

    public static String largeMigration(int statements) {
        return String.format(java.util.Locale.ROOT, "the migration runs %,d statements in one transaction, which holds a"
                + " lock on every table, index and sequence it creates until it commits: a default PostgreSQL has room"
                + " for about 6,400 (max_locks_per_transaction 64 x max_connections 100); raise max_locks_per_transaction"
                + " on the servers it is applied to if it fails with 'out of shared memory' (SQL state 53200)", statements);
    }

    public static String io(String what, String path, Exception e) {
        return "cannot " + what + " " + path + ": " + e.getMessage();
    }

    public static String likelyColumnRename(String table, String oldColumn, String newColumn) {
        return "column " + oldColumn + " was removed from " + table + " and " + newColumn
                + " of the same type was added: if it is a rename, annotate the new field with @RenamedFrom(\""
                + oldColumn + "\") to keep the data; if " + oldColumn + " really goes (its data is lost), confirm with"
                + " -Amifty.allowDrop=" + table + "." + oldColumn;
    }

    public static String likelyTableRename(String oldTable, String newTable) {
        return "table " + oldTable + " was removed and the similar table " + newTable
                + " was added: if it is a rename, annotate the entity with @RenamedFrom(\"" + oldTable
                + "\") to keep the data; if " + oldTable + " really goes (its rows are lost), confirm with"
                + " -Amifty.allowDrop=" + oldTable;
    }

    public static String pendingChanges(String snapshot, List<String> statements) {
        StringBuilder text = new StringBuilder("the entities differ from the snapshot ").append(snapshot)
                .append(" (mifty.mode=check): build once with mifty.mode=generate and commit the migration."
                        + " Pending SQL:");
        statements.forEach(sql -> text.append("\n  ").append(sql).append(';'));
        return text.toString();
    }

    public static String duplicateVersion(String version, String first, String second) {
        return "migrations " + first + " and " + second + " have the same version " + version
                + ": give one of them a new version (e.g. rename the class and its @Migration version)";
    }

    public static String diverged(String first, String second) {
        return "migrations " + first + " and " + second + " were both generated from the same snapshot"
                + " (two branches merged): delete the later one, restore the snapshot from the first,"
                + " and compile again to generate one migration for the remaining changes";
    }

    public static String squashOutOfPlace(String squash, String replaces, String between) {
        return "migration " + squash + " replaces the migrations up to " + replaces + " but " + between
                + " lies between them: a squash must come right after the last migration it replaces (its version "
                + replaces + ".1, as migration:squash writes it), so that a new database runs it before the later ones";
    }

    public static String badMigration(String className, String problem) {
        return "migration " + className + " " + problem;
    }

    public static String dropTable(String table) {
        return "this migration drops table " + table + " and every row in it";
    }

    public static String dropColumn(String table, String column) {
        return "this migration drops column " + table + "." + column + " and its data";
    }

    public static String narrowing(String table, String column, String from, String to) {
        return "column " + table + "." + column + " narrows from " + from + " to " + to
                + ": existing values that do not fit make the migration fail or are cut";
    }

    public static String setNotNull(String table, String column, boolean online) {
        return "column " + table + "." + column + " becomes NOT NULL: the migration fails if a row holds null;"
                + " add a data step that fills it first"
                + (online ? "" : "; SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock: the safe form, with"
                        + " -Amifty.onlineDdl=true, adds CHECK (" + column + " IS NOT NULL) NOT VALID, VALIDATEs it,"
                        + " then sets NOT NULL without a scan");
    }

    public static String addNotNullColumn(String table, String column) {
        return "column " + table + "." + column + " is added NOT NULL without a default: the migration fails"
                + " if " + table + " has rows; give it a default or add it nullable and fill it first";
    }

    public static String addUnique(String table, String constraint, boolean online) {
        return "unique constraint " + constraint + " is added to existing column(s) of " + table
                + ": the migration fails if duplicates exist"
                + (online ? "" : ", and it locks writes while it is built; the safe form, with -Amifty.onlineDdl=true,"
                        + " builds a unique index CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX");
    }

    public static String createIndex(String table, String index) {
        return "index " + index + " is created on the existing table " + table
                + ": it locks writes to the table while it is built; the safe form is CREATE INDEX CONCURRENTLY in"
                + " a non-transactional migration: build with -Amifty.onlineDdl=true";
    }

    public static String addForeignKey(String table, String constraint) {
        return "foreign key " + constraint + " is added to the existing table " + table
                + ": validating it scans the table and blocks writes to both tables; the safe form is ADD CONSTRAINT"
                + " ... NOT VALID, then VALIDATE CONSTRAINT in a separate step: build with -Amifty.onlineDdl=true";
    }

    public static String addCheck(String table, String constraint) {
        return "check " + constraint + " is added to the existing table " + table
                + ": validating it scans the table under an ACCESS EXCLUSIVE lock; the safe form is ADD CONSTRAINT"
                + " ... NOT VALID, then VALIDATE CONSTRAINT in a separate step: build with -Amifty.onlineDdl=true";
    }

    public static String internal(Throwable e) {
        StringBuilder text = new StringBuilder("internal error in the Mifty processor: ").append(e)
                .append(". Please report it with this message");
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(8, frames.length); i++) {
            text.append("\n\tat ").append(frames[i]);
        }
        return text.toString();
    }

    public static String testCompilation(java.nio.file.Path classOutput, int entities) {
        return entities + " @Entity class(es) in a test compilation (" + classOutput + ") left alone: "
                + "Mifty generates migrations from the main sources only";
    }
}
