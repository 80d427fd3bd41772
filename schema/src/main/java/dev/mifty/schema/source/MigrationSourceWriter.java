package dev.mifty.schema.source;

import com.palantir.javapoet.JavaFile;

/**
 * Renders a {@link MigrationSource} as a Java class {@code V<version>_<CamelName>} implementing
 * {@code dev.mifty.runtime.Migration}, annotated {@code @dev.mifty.annotations.Migration}: one
 * {@code static final String} constant per statement (the checksum is computed from their values),
 * a comment per step, {@code up} and {@code down}. Used by the processor and by
 * {@code schema:diff --output}, so both write the same shape.
 */
public final class MigrationSourceWriter {

    public JavaFile write(MigrationSource migration) {
        throw new UnsupportedOperationException("TODO: issue 3");
    }

    /** {@code V20261124153000_AddPhoneToCustomers} for version and snake_case name. */
    public static String className(String version, String name) {
        StringBuilder out = new StringBuilder("V").append(version).append('_');
        boolean upper = true;
        for (char ch : name.toCharArray()) {
            if (!Character.isLetterOrDigit(ch)) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
