package dev.mifty.processor.pipeline;

import javax.lang.model.element.TypeElement;

/**
 * A migration of the compilation: a class annotated {@code @dev.mifty.annotations.Migration}, or
 * the one this build generates (then {@code element} is null).
 *
 * @param checksum     generated: of its statement constants; hand-written: of its source text
 * @param replacesUpTo for a squash ({@code @Migration(replaces = ...)}), the last version it replaces; else null
 */
public record FoundMigration(TypeElement element, String className, String version, String name,
                             boolean generated, String from, String to, String checksum, String replacesUpTo) {

    public FoundMigration(TypeElement element, String className, String version, String name,
                          boolean generated, String from, String to, String checksum) {
        this(element, className, version, name, generated, from, to, checksum, null);
    }

    /** True for a squash. */
    public boolean isSquash() {
        return replacesUpTo != null;
    }
}
