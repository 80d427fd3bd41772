package dev.mifty.schema.source;

import java.util.Comparator;

/**
 * The order of migration versions, decided here for the processor (manifest order) and the
 * runtime (planning): the leading digits compare as a number (by length, then digit by digit; no
 * leading zeros by convention), then what follows them compares as text, nothing first. So
 * {@code 9 < 10}, and a squash's version {@code 20261124153000.1} sorts right after
 * {@code 20261124153000} and before {@code 20261124153001}.
 */
public final class VersionOrder {

    /** {@link #compare} as a comparator. */
    public static final Comparator<String> COMPARATOR = VersionOrder::compare;

    /** What {@link #squashVersion} appends to the last replaced version. */
    public static final String SQUASH_SUFFIX = ".1";

    private VersionOrder() {
    }

    public static int compare(String a, String b) {
        int da = digits(a);
        int db = digits(b);
        if (da != db) {
            return Integer.compare(da, db);
        }
        // equal-length digit runs compare as text; the rest too (a plain String order, without copies)
        return a.compareTo(b);
    }

    /**
     * The version of a squash that replaces every migration up to {@code replacesUpTo}: that
     * version followed by {@value #SQUASH_SUFFIX}, so that it sorts right after it and before
     * every later version (whatever their gap).
     */
    public static String squashVersion(String replacesUpTo) {
        return replacesUpTo + SQUASH_SUFFIX;
    }

    private static int digits(String version) {
        int i = 0;
        while (i < version.length() && version.charAt(i) >= '0' && version.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
