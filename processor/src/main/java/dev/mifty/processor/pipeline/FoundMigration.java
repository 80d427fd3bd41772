package dev.mifty.processor.pipeline;

import javax.lang.model.element.TypeElement;

/**
 * A migration of the compilation: a class annotated {@code @dev.mifty.annotations.Migration}, or
 * the one this build generates (then {@code element} is null).
 *
 * @param checksum generated: of its statement constants; hand-written: of its source text
 */
public record FoundMigration(TypeElement element, String className, String version, String name,
                             boolean generated, String from, String to, String checksum) {
}
