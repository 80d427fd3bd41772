package dev.mifty.processor.jpa;

import dev.mifty.schema.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @SecondaryTable} of an entity, resolved once (Hibernate's {@code Join}): its logical name (what
 * {@code @Column(table = ...)} names), its physical name, and the annotation with its key columns and constraints.
 *
 * @param logical    {@code name} as written, before physical naming
 * @param name       the physical table ({@code schema} too)
 * @param annotation the {@code @SecondaryTable}
 */
record SecondaryTable(String logical, QualifiedName name, AnnotationMirror annotation) {

    /** The {@code @SecondaryTable}s of a class ({@code @SecondaryTables} too), in declaration order. */
    static List<SecondaryTable> of(TypeElement element, PhysicalNames naming) {
        List<SecondaryTable> out = new ArrayList<>();
        for (AnnotationMirror st : Ann.repeated(element, "SecondaryTable", "SecondaryTables")) {
            String logical = Ann.string(st, "name");
            String schema = Ann.string(st, "schema");
            out.add(new SecondaryTable(logical, new QualifiedName(schema.isEmpty() ? null : naming.physical(schema),
                    naming.physical(logical)), st));
        }
        return List.copyOf(out);
    }

    /** True when {@code table} (of {@code @Column(table)} or {@code @JoinColumn(table)}) names this table. */
    boolean isNamedBy(String table, PhysicalNames naming) {
        return table.equals(logical) || naming.physical(table).equals(name.name());
    }

    /** {@code pkJoinColumns}, in declaration order. */
    List<AnnotationMirror> keyJoinColumns() {
        return Ann.annotations(annotation, "pkJoinColumns");
    }

    /** {@code foreignKey}, when set. */
    Optional<AnnotationMirror> foreignKey() {
        return Optional.ofNullable(Ann.annotation(annotation, "foreignKey"));
    }
}
