package dev.mifty.processor.jpa;

import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * What the JPA reader made of the compilation's entities.
 *
 * @param schema          the schema Hibernate ORM 6.6 would create for them
 * @param renames         every {@code @RenamedFrom}
 * @param tableElements   table -> the entity (or the field of a join/collection table) it comes from
 * @param columnElements  table -> column -> the field or getter it comes from
 */
public record MappedModel(Schema schema, List<RenameRequest> renames,
                          Map<QualifiedName, Element> tableElements,
                          Map<QualifiedName, Map<String, Element>> columnElements) {
}
