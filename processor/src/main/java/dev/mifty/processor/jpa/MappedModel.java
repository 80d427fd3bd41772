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

    /**
     * This model with every table, sequence and type that names no schema placed in {@code defaultSchema}
     * (the {@code mifty.defaultSchema} option, like Hibernate's {@code hibernate.default_schema}).
     */
    public MappedModel inSchema(String defaultSchema) {
        java.util.function.UnaryOperator<QualifiedName> q =
                n -> n.schema() == null ? QualifiedName.of(defaultSchema, n.name()) : n;
        Map<QualifiedName, Element> tables = new java.util.TreeMap<>();
        tableElements.forEach((k, v) -> tables.put(q.apply(k), v));
        Map<QualifiedName, Map<String, Element>> columns = new java.util.TreeMap<>();
        columnElements.forEach((k, v) -> columns.put(q.apply(k), v));
        return new MappedModel(schema.inSchema(defaultSchema),
                renames.stream().map(r -> new RenameRequest(r.element(), q.apply(r.table()), r.column(), r.oldName()))
                        .toList(),
                tables, columns);
    }
}
