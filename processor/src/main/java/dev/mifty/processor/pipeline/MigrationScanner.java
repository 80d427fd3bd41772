package dev.mifty.processor.pipeline;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.processor.diag.Messages;
import dev.mifty.schema.source.Checksums;
import dev.mifty.schema.source.MigrationParts;
import dev.mifty.schema.source.VersionOrder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads every {@code @Migration} class of the compilation: version, name, hashes and checksum.
 * Generated migrations are hashed from the values of their {@code static final String} constants
 * in declaration order (with those of their parts, see {@link #statements}); hand-written ones from
 * their source text.
 */
public final class MigrationScanner {

    public static final String ANNOTATION = "dev.mifty.annotations.Migration";

    private final ProcessingEnvironment env;
    private final Diagnostics diagnostics;

    public MigrationScanner(ProcessingEnvironment env, Diagnostics diagnostics) {
        this.env = env;
        this.diagnostics = diagnostics;
    }

    /** Every valid migration among the elements, in version order; problems are reported. */
    public List<FoundMigration> scan(Set<? extends Element> annotated) {
        List<FoundMigration> found = new ArrayList<>();
        for (Element element : annotated) {
            if (!(element instanceof TypeElement type) || element.getKind() != ElementKind.CLASS) {
                diagnostics.error(element, Messages.BAD_MIGRATION,
                        Messages.badMigration(element.getSimpleName().toString(), "must be a class"));
                continue;
            }
            FoundMigration migration = read(type);
            if (migration != null) {
                found.add(migration);
            }
        }
        found.sort(Comparator.comparing(FoundMigration::version, VersionOrder.COMPARATOR)
                .thenComparing(FoundMigration::className));
        return found;
    }

    private FoundMigration read(TypeElement type) {
        String className = env.getElementUtils().getBinaryName(type).toString();
        AnnotationMirror mirror = type.getAnnotationMirrors().stream()
                .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                        .contentEquals(ANNOTATION))
                .findFirst().orElseThrow();
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                env.getElementUtils().getElementValuesWithDefaults(mirror);
        String version = string(values, "version");
        String name = string(values, "name");
        boolean generated = Boolean.TRUE.equals(value(values, "generated"));
        if (!usable(type, mirror, version, name)) {
            return null;
        }
        String replaces = string(values, "replaces");
        if (!replaces.isEmpty() && !validReplaces(type, mirror, version, replaces)) {
            return null;
        }
        String checksum = generated ? Checksums.ofStatements(statements(type)) : Checksums.ofSource(source(type));
        return new FoundMigration(type, className, version, name, generated, string(values, "from"),
                string(values, "to"), checksum, replaces.isEmpty() ? null : replaces);
    }

    private boolean usable(TypeElement type, AnnotationMirror mirror, String version, String name) {
        String simple = type.getQualifiedName().toString();
        String problem = null;
        if (version.isBlank() || !version.matches("[0-9A-Za-z_.]+")) {
            problem = "has an invalid version '" + version + "': use digits, e.g. yyyyMMddHHmmss";
        } else if (name.isBlank()) {
            problem = "needs a name, e.g. name = \"add_phone_to_customers\"";
        } else if (!type.getModifiers().contains(Modifier.PUBLIC) || type.getModifiers().contains(Modifier.ABSTRACT)
                || (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC))) {
            problem = "must be a public, non-abstract top-level (or static nested) class";
        } else if (!hasPublicNoArgConstructor(type)) {
            problem = "needs a public constructor without parameters";
        } else if (!implementsMigration(type)) {
            problem = "must implement dev.mifty.runtime.Migration";
        }
        if (problem != null) {
            diagnostics.error(type, mirror, Messages.BAD_MIGRATION, Messages.badMigration(simple, problem));
            return false;
        }
        return true;
    }

    /** A squash replaces versions before its own. */
    private boolean validReplaces(TypeElement type, AnnotationMirror mirror, String version, String replaces) {
        if (!replaces.matches("[0-9A-Za-z_.]+") || VersionOrder.compare(replaces, version) >= 0) {
            diagnostics.error(type, mirror, Messages.BAD_MIGRATION, Messages.badMigration(
                    type.getQualifiedName().toString(), "replaces '" + replaces + "', which is not a version before its"
                            + " own (" + version + "): a squash replaces the migrations up to a version before it"));
            return false;
        }
        return true;
    }

    private boolean hasPublicNoArgConstructor(TypeElement type) {
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        return constructors.stream().anyMatch(c -> c.getParameters().isEmpty()
                && c.getModifiers().contains(Modifier.PUBLIC));
    }

    private boolean implementsMigration(TypeElement type) {
        TypeElement api = env.getElementUtils().getTypeElement("dev.mifty.runtime.Migration");
        if (api == null) {
            return true; // the runtime is not on the class path: javac itself reports the missing type
        }
        return env.getTypeUtils().isAssignable(type.asType(), env.getTypeUtils().erasure(api.asType()));
    }

    /**
     * The values of a generated migration's statement constants: its own {@code static final String}
     * constants in declaration order, then those of its parts (the static nested classes
     * {@code Up1..n}, {@code Down1..n} of a migration too big for one class) in
     * {@link MigrationParts#ORDER}. A migration without parts (every one written before parts
     * existed) hashes exactly as before.
     */
    static List<String> statements(TypeElement type) {
        List<String> statements = constants(type);
        ElementFilter.typesIn(type.getEnclosedElements()).stream()
                .filter(nested -> nested.getModifiers().contains(Modifier.STATIC)
                        && MigrationParts.isPart(nested.getSimpleName().toString()))
                .sorted(Comparator.comparing(nested -> nested.getSimpleName().toString(), MigrationParts.ORDER))
                .forEach(part -> statements.addAll(constants(part)));
        return statements;
    }

    /** The values of every {@code static final String} constant of the type itself, in declaration order. */
    static List<String> constants(TypeElement type) {
        List<String> statements = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            Set<Modifier> modifiers = field.getModifiers();
            if (modifiers.contains(Modifier.STATIC) && modifiers.contains(Modifier.FINAL)
                    && field.getConstantValue() instanceof String value) {
                statements.add(value);
            }
        }
        return statements;
    }

    /** The source text of a hand-written migration, or a stable stand-in when javac has no source. */
    private String source(TypeElement type) {
        try {
            Trees trees = Trees.instance(env);
            TreePath path = trees.getPath(type);
            if (path != null) {
                CompilationUnitTree unit = path.getCompilationUnit();
                return unit.getSourceFile().getCharContent(true).toString();
            }
        } catch (IllegalArgumentException | IOException | UnsupportedOperationException e) {
            // not javac, or no source: fall through
        }
        // Stable fallback (class read from a class file, or another compiler): the declaration.
        return type.getQualifiedName() + "\n" + type.getAnnotationMirrors() + "\n" + constants(type);
    }

    private static Object value(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }

    private static String string(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
        Object v = value(values, name);
        return v == null ? "" : v.toString();
    }
}
