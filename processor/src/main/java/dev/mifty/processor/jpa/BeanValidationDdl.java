package dev.mifty.processor.jpa;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.SqlType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The DDL Hibernate derives from Bean Validation constraints when a provider (Hibernate Validator) is on
 * the application's class path: its {@code TypeSafeActivator.applyRelationalConstraints} (6.6 to 7.4, on by
 * default: {@code jakarta.persistence.validation.mode=auto}, {@code hibernate.validator.apply_to_ddl=true}).
 * Run once per entity on everything it mapped, after the mappers, exactly as Hibernate runs it on its
 * mapping model:
 * <ul>
 *   <li>{@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank} (or a constraint composed of one) make the columns of a basic or to-one attribute NOT NULL,
 *       except in a SINGLE_TABLE subclass;</li>
 *   <li>{@code @Size(max)} and Hibernate Validator's {@code @Length(max)} on a {@code String} set the length;</li>
 *   <li>{@code @Digits(integer, fraction)} sets precision {@code integer + fraction} and scale {@code fraction};</li>
 *   <li>{@code @Min(n)}, {@code @Max(n)} (and {@code @Range}) add {@code col>=n} / {@code col<=n} to the column's
 *       check, joined with {@code AND} (one check per column on every line).</li>
 * </ul>
 * Only constraints of the {@code Default} group count. Not applied (as Hibernate): collections, members of an
 * embeddable (Hibernate follows an {@code @Embedded} only when it is also {@code @Valid}: that case is not
 * mapped and warned), constraints on a getter of a field-access entity.
 *
 * <p>{@code -Amifty.beanValidation=auto|on|off}: {@code auto} (the default) applies them when
 * {@code org.hibernate.validator.HibernateValidator} is on the compile class path.
 */
final class BeanValidationDdl {

    static final String OPTION = "mifty.beanValidation";
    private static final String V = "jakarta.validation.constraints.";
    private static final String HV = "org.hibernate.validator.constraints.";
    private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";
    private static final Set<String> NOT_NULL = Set.of(V + "NotNull", V + "NotEmpty", V + "NotBlank");

    private final boolean enabled;
    private final dev.mifty.processor.diag.Diagnostics diagnostics;

    BeanValidationDdl(boolean enabled, dev.mifty.processor.diag.Diagnostics diagnostics) {
        this.enabled = enabled;
        this.diagnostics = diagnostics;
    }

    /** {@code on}, {@code off}, or ({@code auto}) whether Hibernate Validator is on the compile class path. */
    static boolean enabled(ProcessingEnvironment env) {
        String option = env.getOptions().getOrDefault(OPTION, "auto");
        return switch (option) {
            case "on" -> true;
            case "off" -> false;
            default -> env.getElementUtils().getTypeElement("org.hibernate.validator.HibernateValidator") != null;
        };
    }

    boolean enabled() {
        return enabled;
    }

    /** The constraints of {@code entity}'s attributes on the columns in {@code out}. */
    void apply(ResolvedEntity entity, MappingOutput out) {
        if (!enabled) {
            return;
        }
        List<ResolvedEntity> classes = entity.sharingTable();
        Set<Element> attributes = new HashSet<>();
        Set<Element> subclassAttributes = new HashSet<>();
        for (ResolvedEntity c : classes) {
            for (ResolvedAttribute a : c == entity ? entity.mappedAttributes() : c.tableAttributes()) {
                if (a.kind() == ResolvedAttribute.Kind.BASIC || a.kind().toOne()) {
                    (c == entity ? attributes : subclassAttributes).add(a.element());
                } else if (a.kind() == ResolvedAttribute.Kind.EMBEDDED && Ann.has(a.element(), "jakarta.validation.Valid")
                        && a.embedded().stream().anyMatch(m -> !constraints(m.element()).isEmpty())) {
                    diagnostics.warning(a.element(), MappingErrors.NOT_MAPPED, MappingErrors.notMapped(a.label(),
                            "Bean Validation constraints inside a @Valid embedded (Hibernate applies them to the"
                                    + " embedded columns' DDL)"));
                }
            }
        }
        for (TableBuilder t : out.tables) {
            for (Map.Entry<String, TableBuilder.Entry> e : List.copyOf(t.entries().entrySet())) {
                Element source = e.getValue().element();
                boolean own = attributes.contains(source);
                if (!own && !subclassAttributes.contains(source)) {
                    continue;
                }
                apply(t, e.getKey(), e.getValue(), source, own);
            }
        }
    }

    private void apply(TableBuilder t, String name, TableBuilder.Entry entry, Element source, boolean notNullApplies) {
        Column column = entry.column();
        SqlType type = column.type();
        List<String> checks = new ArrayList<>();
        for (AnnotationMirror c : constraints(source)) {
            String n = Ann.qualifiedName((TypeElement) c.getAnnotationType().asElement());
            switch (n) {
                case V + "NotNull", V + "NotEmpty", V + "NotBlank" -> { // TypeSafeActivator.isNotNullDescriptor
                    if (notNullApplies) {
                        column = column.withNullable(false);
                    }
                }
                case V + "Size", HV + "Length" -> {
                    int max = Ann.integer(c, "max");
                    if (isString(source) && max < Integer.MAX_VALUE && type.name().equals("varchar")) {
                        type = SqlType.varchar(max);
                    }
                }
                case V + "Digits" -> {
                    if (type.name().equals("numeric")) {
                        int fraction = Ann.integer(c, "fraction");
                        type = SqlType.numeric(Ann.integer(c, "integer") + fraction, fraction);
                    }
                }
                case V + "Min" -> checks.add(name + ">=" + Ann.string(c, "value"));
                case V + "Max" -> checks.add(name + "<=" + Ann.string(c, "value"));
                case HV + "Range" -> {
                    checks.add(name + ">=" + Ann.string(c, "min"));
                    checks.add(name + "<=" + Ann.string(c, "max"));
                }
                default -> { }
            }
        }
        if (!type.equals(column.type())) {
            column = column.withType(type);
        }
        if (!column.equals(entry.column())) {
            t.replace(column, HibernateColumnOrder.size(column.type()));
        }
        if (!checks.isEmpty()) {
            String quoted = dev.mifty.schema.sql.PostgresDialect.quote(name);
            List<String> expressions = checks.stream().map(x -> quoted + x.substring(name.length())).toList();
            t.check(name, String.join(" AND ", expressions)); // one check per column, joined (6.6 to 7.4)
        }
    }

    /**
     * The constraint annotations of the element in the {@code Default} group, each composed constraint
     * followed by those it is composed of (annotations on the annotation type that are themselves constraints).
     */
    static List<AnnotationMirror> constraints(Element element) {
        List<AnnotationMirror> out = new ArrayList<>();
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            collect(m, out, new HashSet<>(), true, false);
        }
        return out;
    }

    private static void collect(AnnotationMirror m, List<AnnotationMirror> out, Set<String> seen, boolean top,
                                boolean overridden) {
        TypeElement type = (TypeElement) m.getAnnotationType().asElement();
        String n = Ann.qualifiedName(type);
        if (!seen.add(n) || n.startsWith("java.lang.annotation.")) {
            return;
        }
        boolean constraint = n.startsWith(V) || n.startsWith(HV) || Ann.has(type, "jakarta.validation.Constraint");
        if (!constraint || top && !inDefaultGroup(m)) {
            return;
        }
        if (!top && overridden) {
            // a composing constraint whose members the composed one may override (@OverridesAttribute, as HV's
            // @Range over @Min/@Max): only what needs no member value is read from it
            if (NOT_NULL.contains(n)) {
                out.add(m);
            }
        } else {
            out.add(m);
        }
        if (n.equals(HV + "Range")) {
            return; // read directly: its @Min/@Max take their values from it
        }
        boolean overrides = type.getEnclosedElements().stream()
                .anyMatch(e -> Ann.has(e, "jakarta.validation.OverridesAttribute")
                        || Ann.has(e, "jakarta.validation.OverridesAttribute.List"));
        for (AnnotationMirror meta : type.getAnnotationMirrors()) {
            collect(meta, out, seen, false, overridden || overrides); // composing constraints inherit the groups
        }
    }

    private static boolean inDefaultGroup(AnnotationMirror m) {
        List<String> groups = Ann.strings(m, "groups");
        return groups.isEmpty() || groups.contains(DEFAULT_GROUP);
    }

    private static boolean isString(Element source) {
        TypeMirror t = source.getKind() == ElementKind.METHOD
                ? ((javax.lang.model.element.ExecutableElement) source).getReturnType() : source.asType();
        // the constraints are type annotations too: compare the class, not the type's text
        return t instanceof javax.lang.model.type.DeclaredType d
                && Ann.qualifiedName((TypeElement) d.asElement()).equals("java.lang.String");
    }

}
