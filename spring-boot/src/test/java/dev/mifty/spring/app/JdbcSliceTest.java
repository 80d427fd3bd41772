package dev.mifty.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code @JdbcTest} includes Mifty too, and its JdbcTemplate waits for the migrations. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({Greeting.class, V20260101000002_SeedNotes.class})
class JdbcSliceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestDatabases.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSliceRunsTheMigrations() {
        assertThat(jdbc.queryForList("SELECT text FROM notes ORDER BY id", String.class))
                .containsExactly("hello", "hello again");
    }
}
