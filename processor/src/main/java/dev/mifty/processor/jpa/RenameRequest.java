package dev.mifty.processor.jpa;

import dev.mifty.schema.model.QualifiedName;
import javax.lang.model.element.Element;

/**
 * A {@code @RenamedFrom} as written, not yet matched against the snapshot.
 *
 * @param element  the annotated entity, field or getter
 * @param table    the table (new name) of the entity or of the field's column
 * @param column   the field's column (new name); null for an entity rename
 * @param oldName  the annotation's value: old field or column name, or old entity or table name
 */
public record RenameRequest(Element element, QualifiedName table, String column, String oldName) {
}
