package dev.mifty.processor.jpa;

import dev.mifty.processor.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Annotations and attributes that change Hibernate's DDL but that Mifty does not map yet: one
 * {@code [mifty:not-mapped]} warning on the element naming what is left out, so nothing that changes
 * the schema is ignored silently (issue 9). Read from the annotation mirrors, so the Jakarta
 * Persistence 3.2 members ({@code comment}, {@code options}, {@code check}, {@code secondPrecision})
 * are found even though Mifty itself is compiled against 3.1.
 */
final class NotMappedWarnings {

    /**
     * Jakarta Persistence 3.2 members that change DDL and that Mifty does not map, per annotation (the
     * mapped ones: {@link SchemaMembers}).
     */
    private static final Map<String, List<String>> JPA_32 = Map.of(
            "TableGenerator", List.of("options"),
            "DiscriminatorColumn", List.of("options"),
            "OrderColumn", List.of("options"),
            "MapKeyColumn", List.of("options"),
            "PrimaryKeyJoinColumn", List.of("options"));

    private final Diagnostics diagnostics;
    private final TypeMapper types;

    NotMappedWarnings(Diagnostics diagnostics, TypeMapper types) {
        this.diagnostics = diagnostics;
        this.types = types;
    }

    /** Members nested in table annotations that change DDL but are not mapped. */
    private static void nested(Element element, List<String> missing) {
        Ann.find(element, "Table").ifPresent(t -> {
            if (Ann.annotations(t, "uniqueConstraints").stream().anyMatch(u -> !Ann.string(u, "options").isBlank())) {
                missing.add("@Table(uniqueConstraints = @UniqueConstraint(options = ...))");
            }
            if (Ann.annotations(t, "indexes").stream()
                    .anyMatch(i -> Ann.bool(i, "unique") && !Ann.string(i, "options").isBlank())) {
                missing.add("@Index(unique = true, options = ...) (a unique index becomes a unique constraint)");
            }
        });
        for (AnnotationMirror st : Ann.repeated(element, "SecondaryTable", "SecondaryTables")) {
            if (Ann.annotations(st, "uniqueConstraints").stream().anyMatch(u -> !Ann.string(u, "options").isBlank())) {
                missing.add("@SecondaryTable(uniqueConstraints = @UniqueConstraint(options = ...))");
            }
            if (Ann.annotations(st, "indexes").stream()
                    .anyMatch(i -> Ann.bool(i, "unique") && !Ann.string(i, "options").isBlank())) {
                missing.add("@Index(unique = true, options = ...) (a unique index becomes a unique constraint)");
            }
            if (Ann.annotations(st, "pkJoinColumns").stream().anyMatch(p -> !Ann.string(p, "options").isBlank())) {
                missing.add("@SecondaryTable(pkJoinColumns = @PrimaryKeyJoinColumn(options = ...))");
            }
            if (SchemaMembers.checkHasOptions(Optional.of(st))) {
                missing.add("@SecondaryTable(check = @CheckConstraint(options = ...))");
            }
        }
        List<AnnotationMirror> keys = new ArrayList<>();
        for (AnnotationMirror jc : Ann.repeated(element, "JoinColumn", "JoinColumns")) {
            keys.add(Ann.annotation(jc, "foreignKey"));
        }
        for (String holder : List.of("JoinColumns", "JoinTable", "CollectionTable", "PrimaryKeyJoinColumns")) {
            Ann.find(element, holder).ifPresent(t -> {
                keys.add(Ann.annotation(t, "foreignKey"));
                keys.add(Ann.annotation(t, "inverseForeignKey"));
            });
        }
        for (AnnotationMirror pk : Ann.repeated(element, "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns")) {
            keys.add(Ann.annotation(pk, "foreignKey"));
        }
        for (AnnotationMirror st : Ann.repeated(element, "SecondaryTable", "SecondaryTables")) {
            keys.add(Ann.annotation(st, "foreignKey"));
        }
        if (keys.stream().anyMatch(k -> k != null && !Ann.string(k, "options").isBlank())) {
            missing.add("@ForeignKey(options = ...)");
        }
        // Hibernate runs a foreignKeyDefinition as written: one Mifty cannot read is said here, one that reads but
        // describes another key where the key is made (ForeignKeyDefinitions)
        for (AnnotationMirror k : keys) {
            ForeignKeyDefinitions.definition(k).filter(d -> ForeignKeyDefinitions.parse(d).isEmpty()).ifPresent(d ->
                    missing.add("@ForeignKey(foreignKeyDefinition = \"" + d + "\") (Hibernate runs it as written;"
                            + " Mifty reads only \"foreign key (...) references ... [on delete ...]\" and creates the"
                            + " key from the mapping)"));
        }
    }

    /** Warns on the element (an entity class or an attribute) for each such annotation or member it carries. */
    void check(Element element, String label) {
        List<String> missing = new ArrayList<>();
        JPA_32.forEach((annotation, members) -> Ann.find(element, annotation).ifPresent(m -> {
            for (String member : members) {
                if (Ann.isSet(m, member)) {
                    missing.add("@" + annotation + "(" + member + " = ...)");
                }
            }
        }));
        nested(element, missing);
        for (String holder : List.of("Column", "JoinColumn", "Table", "JoinTable")) {
            if (SchemaMembers.checkHasOptions(Ann.find(element, holder))) {
                missing.add("@" + holder + "(check = @CheckConstraint(options = ...))");
            }
        }
        Optional<AnnotationMirror> code = Ann.find(element, TypeMapper.JDBC_TYPE_CODE);
        if (code.isPresent() && !types.isMappedJdbcTypeCode(element, Ann.integer(code.get(), "value"))) {
            missing.add("@JdbcTypeCode(" + Ann.integer(code.get(), "value") + ") (e.g. SqlTypes.NAMED_ENUM behind a"
                    + " converter): the column keeps the type of its Java type");
        }
        Generators.customGenerator(element).ifPresent(type -> missing.add("@GenericGenerator(type = " + type
                + ") (an application's own id generator: the sequence or table it may create is its code's business)"));
        for (String what : missing) {
            diagnostics.warning(element, MappingErrors.NOT_MAPPED, MappingErrors.notMapped(label, what));
        }
    }
}
