package dev.mifty.runtime.internal.manifest;

import dev.mifty.schema.source.VersionOrder;

/** Versions compare as {@link VersionOrder} decides (numerically, then a suffix such as a squash's {@code .1}). */
public final class Versions {

    private Versions() {
    }

    public static int compare(String a, String b) {
        return VersionOrder.compare(a, b);
    }
}
