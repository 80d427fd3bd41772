package dev.mifty.spring;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The one place that decides which database Mifty migrates: {@code spring.mifty.url} (with
 * {@code spring.mifty.user/password}), else {@code spring.datasource.url} with
 * {@code spring.mifty.user/password} when only those are set (a DDL user), else the application's
 * DataSource. Start-up and the command line both ask it.
 *
 * @param dataSource the database
 * @param label      how messages name it (a URL without its query, never a password)
 */
record MigrationDataSource(DataSource dataSource, String label) {

    static MigrationDataSource choose(MiftyProperties properties, String applicationUrl, DataSource application) {
        String url = blankToNull(properties.getUrl());
        if (url == null && blankToNull(properties.getUser()) != null) {
            url = blankToNull(applicationUrl);
            if (url == null) {
                throw new IllegalStateException("spring.mifty.user is set but neither spring.mifty.url nor "
                        + "spring.datasource.url is: set spring.mifty.url to the database to migrate");
            }
            url = withoutCredentials(url);
        }
        if (url != null) {
            DriverManagerDataSource own = new DriverManagerDataSource(url, nullToEmpty(properties.getUser()),
                    nullToEmpty(properties.getPassword()));
            return new MigrationDataSource(own, display(url));
        }
        if (application == null) {
            throw new IllegalStateException("no unique DataSource to migrate: set spring.mifty.url, or mark one "
                    + "DataSource @Primary");
        }
        String configured = blankToNull(applicationUrl);
        return new MigrationDataSource(application, configured != null ? display(configured) : "the application's DataSource");
    }

    /** The URL without its query string (which may hold a password). */
    static String display(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** The application's URL without its {@code user}/{@code password} parameters, which would win over Mifty's user. */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = java.util.Arrays.stream(url.substring(query + 1).split("&"))
                .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
                .collect(java.util.stream.Collectors.joining("&"));
        return kept.isEmpty() ? url.substring(0, query) : url.substring(0, query + 1) + kept;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
