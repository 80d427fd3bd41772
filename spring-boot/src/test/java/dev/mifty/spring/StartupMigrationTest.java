package dev.mifty.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MiftyException;
import dev.mifty.schema.testing.TestDatabases;
import dev.mifty.spring.actuate.MiftyEndpoint;
import dev.mifty.spring.app.Note;
import dev.mifty.spring.app.NoteRepository;
import dev.mifty.spring.other.PartialStrategy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Real Spring Boot applications (Boot 3.5 here; the example apps run Boot 4.0 too) on real PostgreSQL. */
@ExtendWith(OutputCaptureExtension.class)
class StartupMigrationTest {

    @Test
    void migratesBeforeHibernateValidatesAnEmptyDatabase(CapturedOutput output) throws Exception {
        String url = TestDatabases.newDatabase();
        try (ConfigurableApplicationContext app = Apps.start(url, "management.endpoints.web.exposure.include=mifty")) {
            assertThat(app.getBean(NoteRepository.class).findAll()).extracting(Note::getText)
                    .containsExactlyInAnyOrder("hello", "hello again");
            assertThat(Arrays.asList(app.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn()))
                    .contains("miftyMigrationInitializer");
            MiftyEndpoint.MiftyReport report = app.getBean(MiftyEndpoint.class).migrations();
            assertThat(report.migrations()).extracting(MiftyEndpoint.MiftyReport.Entry::state)
                    .containsExactly("applied", "applied", "applied");
            assertThat(report.migrations().get(0).appliedAt()).isNotNull();
        }
        assertThat(Apps.query(url, "SELECT version FROM mifty_schema_history ORDER BY version"))
                .containsExactly("20260101000001", "20260101000002", "20260101000003");
        assertThat(output.getOut()).contains("applied 20260101000001_create_notes (")
                .contains("Applied 3 migration(s) in").contains("Mifty: start-up migration done in");
    }

    @Test
    void aSecondStartAppliesNothing(CapturedOutput output) {
        String url = TestDatabases.newDatabase();
        Apps.start(url).close();
        try (ConfigurableApplicationContext app = Apps.start(url)) {
            assertThat(app.getBean(NoteRepository.class).count()).isEqualTo(2);
        }
        assertThat(output.getOut()).contains("Nothing to migrate: the database is up to date")
                .contains("(0 applied now)");
    }

    @Test
    void autoRunFalseFailsStartUpWithThePendingMigrations() throws Exception {
        String url = TestDatabases.newDatabase();
        assertThatThrownBy(() -> Apps.start(url, "spring.mifty.auto-run=false"))
                .rootCause().isInstanceOf(MiftyException.class)
                .hasMessageContaining("3 migration(s) pending")
                .hasMessageContaining("auto-run is off")
                .hasMessageContaining("20260101000001_create_notes, 20260101000002_seed_notes, 20260101000003_autowired_field");
        assertThat(Apps.query(url, "SELECT tablename FROM pg_tables WHERE tablename = 'notes'")).isEmpty();
    }

    @Test
    void targetStopsAtAVersionAndLogsWhatIsPending(CapturedOutput output) {
        String url = TestDatabases.newDatabase();
        try (ConfigurableApplicationContext app = Apps.start(url, "spring.mifty.target=20260101000002")) {
            assertThat(app.getBean(NoteRepository.class).count()).isEqualTo(1);
        }
        assertThat(output.getOut()).contains("Applied 2 migration(s) in")
                .contains("1 migration(s) still pending (newer than 20260101000002): 20260101000003_autowired_field");
    }

    @Test
    void aStrategyBeanDecidesWhatHappens() throws Exception {
        String url = TestDatabases.newDatabase();
        PartialStrategy.CALLS.set(0);
        try (ConfigurableApplicationContext app = Apps.start(url, new Class<?>[] {PartialStrategy.class})) {
            assertThat(app.getBean(NoteRepository.class).count()).isZero();
        }
        assertThat(PartialStrategy.CALLS).hasValue(1);
        assertThat(Apps.query(url, "SELECT version FROM mifty_schema_history")).containsExactly("20260101000001");
    }

    @Test
    void aSeparateDdlUserOwnsTheTablesAndItsPasswordIsNotLogged(CapturedOutput output) throws Exception {
        String url = TestDatabases.newDatabase();
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mifty_ddl') THEN "
                    + "CREATE ROLE mifty_ddl LOGIN PASSWORD 's3cret-ddl'; END IF; END $$");
            s.execute("GRANT ALL ON SCHEMA public TO mifty_ddl");
            s.execute("GRANT CREATE ON DATABASE " + c.getCatalog() + " TO mifty_ddl");
        }
        try (ConfigurableApplicationContext app = Apps.start(url,
                "spring.mifty.user=mifty_ddl", "spring.mifty.password=s3cret-ddl")) {
            assertThat(app.getBean(NoteRepository.class).count()).isEqualTo(2);
        }
        assertThat(Apps.query(url, "SELECT tableowner FROM pg_tables WHERE tablename = 'notes'"))
                .containsExactly("mifty_ddl");
        assertThat(output.getAll()).doesNotContain("s3cret-ddl");
    }

    @Test
    void aProductionProfileMeansProduction() {
        String url = TestDatabases.newDatabase();
        try (ConfigurableApplicationContext app = Apps.start(url, "spring.profiles.active=prod")) {
            assertThatThrownBy(() -> app.getBean(Mifty.class).reset()).isInstanceOf(MiftyException.class)
                    .extracting(e -> ((MiftyException) e).code()).isEqualTo(ErrorCode.PRODUCTION_GUARD);
        }
    }

    @Test
    void disabledDoesNothing() {
        String url = TestDatabases.newDatabase();
        try (ConfigurableApplicationContext app = Apps.start(url, "spring.mifty.enabled=false",
                "spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(app.getBeanNamesForType(Mifty.class)).isEmpty();
        }
    }
}
