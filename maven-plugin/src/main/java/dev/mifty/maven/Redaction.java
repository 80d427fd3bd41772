package dev.mifty.maven;

import java.util.regex.Pattern;

/** Masks the password of a database URL for the plugin's own log lines (the CLI masks its own output). */
final class Redaction {

    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^:/@\\s]+:)[^@\\s]*@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&\\s;,)]*");

    private Redaction() {
    }

    static String url(String url) {
        String out = URL_USER_INFO.matcher(url).replaceAll("$1***@");
        return PASSWORD_PARAM.matcher(out).replaceAll("$1***");
    }
}
