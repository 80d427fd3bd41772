package dev.mifty.runtime.internal.db;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Masks passwords in any text before it is shown or logged: known secrets and URL-shaped ones. */
public final class Redactor {

    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^:/@\\s]+:)[^@\\s]*@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&\\s;,)]*");
    private static final String MASK = "***";

    private final List<String> secrets;

    public Redactor(List<String> secrets) {
        List<String> kept = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                kept.add(secret);
            }
        }
        // longest first, so a secret containing another is masked whole
        kept.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.secrets = List.copyOf(kept);
    }

    public static Redactor none() {
        return new Redactor(List.of());
    }

    /** A redactor masking these secrets as well as this one's. */
    public Redactor with(String secret) {
        List<String> all = new ArrayList<>(secrets);
        all.add(secret);
        return new Redactor(all);
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        out = URL_USER_INFO.matcher(out).replaceAll("$1" + MASK + "@");
        return PASSWORD_PARAM.matcher(out).replaceAll("$1" + MASK);
    }
}
