package dev.mifty.processor.jpa;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.SqlType;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's {@code @SoftDelete} (6.4+): the column that marks a row deleted, in the root table of an entity
 * hierarchy (the annotation on the root, a {@code @MappedSuperclass} above it, or its package) or in the table
 * of an {@code @ElementCollection} / join table carrying it. Measured on 6.6, 7.2, 7.4:
 * <ul>
 *   <li>{@code DELETED} (default) and {@code ACTIVE}: a NOT NULL {@code boolean} named {@code deleted} /
 *       {@code active}; with a converter the converter's column type and, for Hibernate's own converters, the
 *       check of their two values (a user's converter: a {@code [mifty:not-mapped]} warning names the check);</li>
 *   <li>{@code TIMESTAMP} (the constant exists from 7.0 on): a nullable {@code timestamp(6) with time zone}
 *       named {@code deleted};</li>
 *   <li>{@code columnName} goes through the physical naming strategy; the column's comment is
 *       {@code Soft-delete indicator}, or (7.x) the {@code comment} member; {@code options} its options.</li>
 * </ul>
 */
final class SoftDeletes {

    static final String SOFT_DELETE = "org.hibernate.annotations.SoftDelete";
    /** The comment Hibernate gives the column when {@code comment} is empty (6.6 has no member: always this one). */
    static final String DEFAULT_COMMENT = "Soft-delete indicator";
    private static final String UNSPECIFIED = "org.hibernate.annotations.SoftDelete.UnspecifiedConversion";

    private final PhysicalNames naming;
    private final TypeMapper typeMapper;
    private final Diagnostics diagnostics;

    SoftDeletes(PhysicalNames naming, TypeMapper typeMapper, Diagnostics diagnostics) {
        this.naming = naming;
        this.typeMapper = typeMapper;
        this.diagnostics = diagnostics;
    }

    /** The {@code @SoftDelete} of a hierarchy root: on the class, on a mapped superclass above it, or on its package. */
    Optional<AnnotationMirror> ofRoot(TypeElement root) {
        Optional<AnnotationMirror> own = Ann.find(root, SOFT_DELETE);
        if (own.isPresent()) {
            return own;
        }
        for (TypeElement t = superclass(root); t != null; t = superclass(t)) {
            if (Ann.has(t, "MappedSuperclass") && Ann.has(t, SOFT_DELETE)) {
                return Ann.find(t, SOFT_DELETE);
            }
        }
        Element e = root;
        while (e != null && !(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return e == null ? Optional.empty() : Ann.find(e, SOFT_DELETE);
    }

    private static TypeElement superclass(TypeElement t) {
        TypeMirror sup = t.getSuperclass();
        return sup.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) sup).asElement() : null;
    }

    /** Adds the soft-delete column of {@code softDelete} to {@code table}; {@code source}/{@code label} name where it comes from. */
    void add(TableBuilder table, AnnotationMirror softDelete, Element source, String label) {
        String strategy = Ann.enumName(softDelete, "strategy");
        boolean timestamp = strategy.equals("TIMESTAMP");
        String explicit = Ann.string(softDelete, "columnName");
        String logical = !explicit.isEmpty() ? explicit : strategy.equals("ACTIVE") ? "active" : "deleted";
        String physical = naming.physical(logical);
        SqlType type;
        String check = null;
        if (timestamp) {
            type = SqlType.temporal("timestamptz", 6);
        } else {
            TypeMirror converter = Ann.type(softDelete, "converter");
            String name = converter == null || converter.getKind() != TypeKind.DECLARED ? UNSPECIFIED
                    : Ann.qualifiedName((TypeElement) ((DeclaredType) converter).asElement());
            if (name.equals(UNSPECIFIED)) {
                type = SqlType.of("bool");
            } else if (BooleanConverters.known(name)) {
                type = BooleanConverters.type(name);
                check = BooleanConverters.check(name, physical);
            } else {
                Optional<BasicType> mapped = typeMapper.converterColumnType(converter);
                if (mapped.isEmpty()) {
                    diagnostics.error(source, MappingErrors.UNMAPPED_TYPE, MappingErrors.unmappedType(label,
                            "@SoftDelete(converter)", converter.toString()));
                    return;
                }
                type = mapped.get().sql();
                diagnostics.warning(source, MappingErrors.NOT_MAPPED, MappingErrors.convertedBooleanCheck(
                        label + " @SoftDelete", table.name.toString(), physical, name));
            }
        }
        String comment = Ann.string(softDelete, "comment");
        Column column = new Column(physical, type, timestamp, null, Identity.NONE, label,
                comment.isEmpty() ? DEFAULT_COMMENT : comment, Ann.string(softDelete, "options"));
        TableBuilder.Entry existing = table.add(column, source, label + " @SoftDelete", false,
                HibernateColumnOrder.size(type, 255), naming.hibernateName(logical));
        if (existing != null) {
            diagnostics.error(source, MappingErrors.DUPLICATE_COLUMN, MappingErrors.duplicateColumn(
                    table.name.toString(), physical, existing.label(), label + " @SoftDelete"));
            return;
        }
        if (check != null) {
            table.check(physical, check);
        }
    }
}
