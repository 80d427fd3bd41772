package dev.mifty.runtime.internal.manifest;

/** Versions compare numerically: by length first (no leading zeros by convention), then as text. */
public final class Versions {

    private Versions() {
    }

    public static int compare(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
