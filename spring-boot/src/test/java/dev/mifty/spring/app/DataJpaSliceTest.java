package dev.mifty.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code @DataJpaTest} includes Mifty (Boot 3.5's slice imports file; the example apps check Boot 4's).
 * A slice has no component scan: the beans the seed migrations use are imported.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({Greeting.class, V20260101000002_SeedNotes.class})
class DataJpaSliceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestDatabases.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Autowired
    NoteRepository notes;

    @Test
    void theSliceRunsTheMigrations() {
        assertThat(notes.findAll()).extracting(Note::getText).containsExactlyInAnyOrder("hello", "hello again");
    }
}
