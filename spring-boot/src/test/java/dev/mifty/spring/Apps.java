package dev.mifty.spring;

import dev.mifty.schema.testing.TestDatabases;
import dev.mifty.spring.app.NotesApplication;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the test application (a real Spring Boot application, no web server) on a database. */
final class Apps {

    private Apps() {
    }

    static ConfigurableApplicationContext start(String url, Class<?>[] extra, String... properties) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = NotesApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + url, "spring.datasource.username=postgres",
                "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(sources).web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new)).run();
    }

    static ConfigurableApplicationContext start(String url, String... properties) {
        return start(url, new Class<?>[0], properties);
    }

    /** The first column of every row of {@code sql}, as text. */
    static List<String> query(String url, String sql) throws SQLException {
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }
}
