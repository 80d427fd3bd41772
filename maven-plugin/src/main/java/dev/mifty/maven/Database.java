package dev.mifty.maven;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The database a goal runs against, as the {@code DATABASE_URL} handed to the CLI, and where it
 * came from (for the one log line naming it, password masked).
 */
record Database(String url, String source) {

    /**
     * {@code url} with {@code user} and {@code password} added: as query parameters of a
     * {@code jdbc:postgresql:} URL, as user info of a {@code postgres://} URL that has none.
     * Either may be null; parts the URL already carries win.
     */
    static Database of(String url, String user, String password, String source) {
        String value = url.strip();
        if ((user == null || user.isEmpty()) && (password == null || password.isEmpty())) {
            return new Database(value, source);
        }
        if (value.startsWith("jdbc:postgresql://") && user != null && !user.isEmpty()
                && !hasParam(value, "user") && !hasParam(value, "password")) {
            // as postgres://user:password@host/db, which the CLI shows as "jdbc:postgresql://host/db (user app)"
            value = "postgres://" + value.substring("jdbc:postgresql://".length());
        } else if (value.startsWith("jdbc:")) {
            StringBuilder out = new StringBuilder(value);
            if (user != null && !user.isEmpty() && !hasParam(value, "user")) {
                out.append(value.contains("?") ? '&' : '?').append("user=").append(encode(user));
            }
            if (password != null && !password.isEmpty() && !hasParam(value, "password")) {
                out.append(out.indexOf("?") >= 0 ? '&' : '?').append("password=").append(encode(password));
            }
            return new Database(out.toString(), source);
        }
        int scheme = value.indexOf("://");
        String rest = scheme < 0 ? value : value.substring(scheme + 3);
        int slash = rest.indexOf('/');
        boolean hasUserInfo = rest.substring(0, slash < 0 ? rest.length() : slash).contains("@");
        if (scheme < 0 || hasUserInfo || user == null || user.isEmpty()) {
            return new Database(value, source);
        }
        String userInfo = encode(user) + (password == null || password.isEmpty() ? "" : ":" + encode(password));
        return new Database(value.substring(0, scheme + 3) + userInfo + "@" + rest, source);
    }

    /** How to name it in the log: URL with the password masked, and the source. */
    String describe() {
        return Redaction.url(url) + " (from " + source + ")";
    }

    private static boolean hasParam(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return false;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.toLowerCase(java.util.Locale.ROOT).startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
