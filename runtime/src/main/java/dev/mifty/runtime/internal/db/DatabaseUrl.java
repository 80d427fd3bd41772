package dev.mifty.runtime.internal.db;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code DATABASE_URL} in either form: {@code jdbc:postgresql://host:port/db?user=..&password=..}
 * (passed to the driver as is) or {@code postgres[ql]://user:pass@host:port/db?params}.
 *
 * @param jdbcUrl  the JDBC URL without user info
 * @param user     null when the URL does not name one
 * @param password null when the URL does not carry one
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    public static DatabaseUrl parse(String url) {
        String value = url.strip();
        if (value.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(value, null, queryParam(value, "password"));
        }
        String rest;
        if (value.startsWith("postgres://")) {
            rest = value.substring("postgres://".length());
        } else if (value.startsWith("postgresql://")) {
            rest = value.substring("postgresql://".length());
        } else {
            throw new MiftyException(ErrorCode.USAGE, "DATABASE_URL must start with jdbc:postgresql:// or postgres://, got "
                    + new Redactor(java.util.List.of()).redact(value.contains(":") ? value.substring(0, value.indexOf(':') + 1) + "..." : "..."));
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        if (rest.isEmpty() || rest.startsWith("/")) {
            throw new MiftyException(ErrorCode.USAGE, "DATABASE_URL has no host: use postgres://user:password@host:5432/database");
        }
        return new DatabaseUrl("jdbc:postgresql://" + rest, user, password);
    }

    /** The URL for messages: user shown, password masked. */
    public String display() {
        String shown = new Redactor(password == null ? java.util.List.of() : java.util.List.of(password)).redact(jdbcUrl);
        return user == null ? shown : shown + " (user " + user + ")";
    }

    private static String queryParam(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
