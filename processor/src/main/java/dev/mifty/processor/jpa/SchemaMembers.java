package dev.mifty.processor.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * Jakarta Persistence 3.2's schema members ({@code check}, {@code comment}, {@code options},
 * {@code secondPrecision} on {@code @Column}, {@code @JoinColumn}, {@code @Table}, {@code @JoinTable},
 * {@code @CollectionTable}, {@code @Index}, {@code @SequenceGenerator}). Read from the annotation mirrors
 * by name, so the processor runs unchanged with Jakarta Persistence 3.1 on the classpath: there the
 * members do not exist and every answer is "none".
 */
final class SchemaMembers {

    /** A {@code @CheckConstraint}: its {@code name} (null when unnamed) and SQL {@code constraint}. */
    record Check(String name, String constraint) {
    }

    private SchemaMembers() {
    }

    /** {@code comment = "..."}, or null when empty or absent. */
    static String comment(Optional<AnnotationMirror> annotation) {
        return annotation.map(a -> Ann.string(a, "comment")).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** {@code options = "..."} (SQL appended to the object's DDL), or null when empty or absent. */
    static String options(Optional<AnnotationMirror> annotation) {
        return annotation.map(a -> Ann.string(a, "options")).filter(s -> !s.isBlank()).map(String::strip).orElse(null);
    }

    /** {@code check = @CheckConstraint(...)}: the constraints in declaration order. */
    static List<Check> checks(Optional<AnnotationMirror> annotation) {
        List<Check> out = new ArrayList<>();
        annotation.ifPresent(a -> {
            for (AnnotationMirror c : Ann.annotations(a, "check")) {
                String name = Ann.string(c, "name");
                out.add(new Check(name.isEmpty() ? null : name, Ann.string(c, "constraint")));
            }
        });
        return out;
    }

    /** {@code @CheckConstraint(options = ...)} set on one of the checks (not mapped: a warning). */
    static boolean checkHasOptions(Optional<AnnotationMirror> annotation) {
        return annotation.map(a -> Ann.annotations(a, "check").stream()
                .anyMatch(c -> !Ann.string(c, "options").isBlank())).orElse(false);
    }

    /** {@code @Column(secondPrecision = n)}, or empty when unset ({@code -1}) or absent. */
    static Optional<Integer> secondPrecision(Optional<AnnotationMirror> column) {
        return column.filter(c -> Ann.raw(c, "secondPrecision") instanceof Integer)
                .map(c -> Ann.integer(c, "secondPrecision")).filter(p -> p >= 0);
    }
}
