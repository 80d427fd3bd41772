package dev.mifty.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.runtime.testapp.Db;
import dev.mifty.runtime.testapp.TestManifest;
import dev.mifty.schema.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a squash counts on PostgreSQL, from the three starting points (new database, every replaced
 * migration applied, some applied), before and after the replaced classes are deleted, and its rollback.
 */
class SquashPlanningTest {

    static final String V1 = "20260101000001";
    static final String V2 = "20260101000002";
    static final String V3 = "20260101000003";
    static final String SQUASH = "20260101000003.1";
    static final String V4 = "20260101000004";

    private final String url = TestDatabases.newDatabase();

    /** The three originals (a, b, a data step), then c. */
    private static TestManifest.Builder originals() {
        return TestManifest.builder()
                .sql(V1, "create_a", List.of("CREATE TABLE a (id int PRIMARY KEY)"), List.of("DROP TABLE a"))
                .sql(V2, "create_b", List.of("CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id))"),
                        List.of("DROP TABLE b"))
                .sql(V3, "add_name_to_a", List.of("ALTER TABLE a ADD COLUMN name text"),
                        List.of("ALTER TABLE a DROP COLUMN name"));
    }

    private static TestManifest.Builder squash(TestManifest.Builder builder) {
        return builder.squash(SQUASH, "squashed_to_" + V3, V3,
                List.of("CREATE TABLE a (id int PRIMARY KEY, name text)",
                        "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id))"),
                List.of("DROP TABLE b", "DROP TABLE a"));
    }

    private static TestManifest.Builder later(TestManifest.Builder builder) {
        return builder.sql(V4, "create_c", List.of("CREATE TABLE c (id int PRIMARY KEY)"), List.of("DROP TABLE c"));
    }

    /** Originals, squash and the later migration: the application right after migration:squash. */
    private static MigrationManifest withSquash() {
        return later(squash(originals())).build();
    }

    /** The replaced classes deleted. */
    private static MigrationManifest squashOnly() {
        return later(squash(TestManifest.builder())).build();
    }

    private Mifty mifty(MigrationManifest manifest) {
        return Mifty.configure().url(url).manifest(manifest).load();
    }

    private List<String> states(Mifty mifty) {
        return mifty.status().stream().map(i -> i.version() + " " + i.state().label()).toList();
    }

    @Test
    void aNewDatabaseRunsOnlyTheSquash() {
        try (Mifty mifty = mifty(withSquash())) {
            assertThat(mifty.migrate()).extracting(MigrationInfo::version).containsExactly(SQUASH, V4);
            assertThat(states(mifty)).containsExactly(V1 + " replaced", V2 + " replaced", V3 + " replaced",
                    SQUASH + " applied", V4 + " applied");
            assertThat(mifty.migrate()).isEmpty();
        }
        assertThat(Db.history(url)).containsExactly(SQUASH + ":t", V4 + ":t");
        assertThat(Db.tables(url)).containsExactly("a", "b", "c", "mifty_schema_history");
        assertThat(Db.strings(url, "SELECT column_name FROM information_schema.columns WHERE table_name = 'a' ORDER BY 1"))
                .containsExactly("id", "name");
        // the replaced classes deleted: still up to date, and a new database still works
        try (Mifty mifty = mifty(squashOnly())) {
            assertThat(mifty.migrate()).isEmpty();
            assertThat(states(mifty)).containsExactly(SQUASH + " applied", V4 + " applied");
        }
    }

    @Test
    void aDatabaseThatAppliedEveryReplacedMigrationCountsTheSquashAsApplied() {
        try (Mifty before = mifty(originals().build())) {
            before.migrate();
        }
        try (Mifty mifty = mifty(withSquash())) {
            assertThat(states(mifty)).containsExactly(V1 + " applied", V2 + " applied", V3 + " applied",
                    SQUASH + " applied", V4 + " pending");
            assertThat(mifty.migrate()).extracting(MigrationInfo::version).containsExactly(V4);
        }
        assertThat(Db.history(url)).containsExactly(V1 + ":t", V2 + ":t", V3 + ":t", V4 + ":t");
        // the replaced classes deleted: their rows are not unknown versions, and nothing runs
        try (Mifty mifty = mifty(squashOnly())) {
            assertThat(mifty.migrate()).isEmpty();
            List<MigrationInfo> status = mifty.status();
            assertThat(status).extracting(i -> i.version() + " " + i.state().label()).containsExactly(V1 + " replaced",
                    V2 + " replaced", V3 + " replaced", SQUASH + " applied", V4 + " applied");
            assertThat(status.get(3).appliedAt()).isEqualTo(status.get(2).appliedAt());
        }
    }

    @Test
    void aDatabaseThatAppliedSomeGetsTheRestOfTheOriginalsNeverTheSquash() {
        try (Mifty before = mifty(originals().build())) {
            before.migrate(V1);
        }
        try (Mifty mifty = mifty(withSquash())) {
            assertThat(states(mifty)).containsExactly(V1 + " applied", V2 + " pending", V3 + " pending",
                    SQUASH + " replaced", V4 + " pending");
            assertThat(mifty.dryRun()).extracting(PlannedMigration::version).containsExactly(V2, V3, V4);
            assertThat(mifty.migrate()).extracting(MigrationInfo::version).containsExactly(V2, V3, V4);
            assertThat(states(mifty)).containsExactly(V1 + " applied", V2 + " applied", V3 + " applied",
                    SQUASH + " applied", V4 + " applied");
        }
        assertThat(Db.history(url)).containsExactly(V1 + ":t", V2 + ":t", V3 + ":t", V4 + ":t");
        assertThat(Db.tables(url)).containsExactly("a", "b", "c", "mifty_schema_history");
    }

    @Test
    void aDatabaseThatAppliedSomeIsRefusedWhenTheMissingClassesAreGone() {
        try (Mifty before = mifty(originals().build())) {
            before.migrate(V2);
        }
        try (Mifty mifty = mifty(squashOnly())) {
            assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                assertThat(e.getMessage()).contains("squash " + SQUASH + "_squashed_to_" + V3, "the newest " + V2,
                        "not the last one, " + V3, "Restore those migration classes");
            });
        }
        assertThat(Db.history(url)).containsExactly(V1 + ":t", V2 + ":t");
        assertThat(Db.tables(url)).containsExactly("a", "b", "mifty_schema_history");
        try (Mifty mifty = mifty(squashOnly())) {
            assertThatThrownBy(mifty::validateNoPending).isInstanceOfSatisfying(MiftyException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
        }
    }

    @Test
    void aRunToAReplacedVersionOnANewDatabaseUsesTheOriginals() {
        try (Mifty mifty = mifty(withSquash())) {
            assertThat(mifty.migrate(V2)).extracting(MigrationInfo::version).containsExactly(V1, V2);
            assertThat(mifty.migrate()).extracting(MigrationInfo::version).containsExactly(V3, V4);
        }
        assertThat(Db.history(url)).containsExactly(V1 + ":t", V2 + ":t", V3 + ":t", V4 + ":t");
    }

    @Test
    void rollingBackTheSquashRunsItsDownAndForgetsWhatItStoodFor() {
        try (Mifty before = mifty(originals().build())) {
            before.migrate();
        }
        try (Mifty mifty = mifty(squashOnly())) {
            mifty.migrate();
            assertThatThrownBy(() -> mifty.rollbackTo(SQUASH.substring(0, 14)))
                    .isInstanceOfSatisfying(MiftyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
            assertThat(mifty.rollback(2)).extracting(MigrationInfo::version).containsExactly(V4, SQUASH);
            assertThat(states(mifty)).containsExactly(SQUASH + " pending", V4 + " pending");
            assertThat(Db.history(url)).isEmpty();
            assertThat(Db.tables(url)).containsExactly("mifty_schema_history");
            // and the database is new again: the squash runs
            assertThat(mifty.migrate()).extracting(MigrationInfo::version).containsExactly(SQUASH, V4);
        }
    }

    @Test
    void rollbackToAVersionInsideAnAppliedSquashIsRefused() {
        try (Mifty mifty = mifty(withSquash())) {
            mifty.migrate();
            assertThatThrownBy(() -> mifty.rollbackTo(V2)).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
                assertThat(e.getMessage()).contains("squash " + SQUASH + "_squashed_to_" + V3, "--steps");
            });
            assertThat(mifty.rollbackTo(SQUASH)).extracting(MigrationInfo::version).containsExactly(V4);
        }
        assertThat(Db.history(url)).containsExactly(SQUASH + ":t");
    }

    @Test
    void checksumsAreStillValidatedOnceTheReplacedClassesAreGone() {
        try (Mifty mifty = mifty(withSquash())) {
            mifty.migrate();
        }
        MigrationManifest edited = squash(TestManifest.builder())
                .sql(V4, "create_c", List.of("CREATE TABLE c (id bigint PRIMARY KEY)"), List.of("DROP TABLE c")).build();
        try (Mifty mifty = mifty(edited)) {
            assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                assertThat(e.getMessage()).contains(V4 + "_create_c", "was changed after it was applied");
            });
        }
    }
}
