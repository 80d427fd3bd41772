package dev.mifty.processor.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** Reads annotation mirrors by qualified name, defaults included (no reflection on annotation classes). */
final class Ann {

    static final String JPA = "jakarta.persistence.";

    /**
     * Qualified names by type element: javac's {@code Name.contentEquals} decodes the name on every
     * call, which dominated the reader's time. Weak keys (javac symbols compare by identity), so a
     * compilation's elements are not kept alive.
     */
    private static final Map<Element, String> NAMES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Ann() {
    }

    static String qualifiedName(TypeElement type) {
        return NAMES.computeIfAbsent(type, t -> ((TypeElement) t).getQualifiedName().toString());
    }

    static Optional<AnnotationMirror> find(Element element, String simpleJpaName) {
        String fqcn = simpleJpaName.indexOf('.') >= 0 ? simpleJpaName : JPA + simpleJpaName;
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (qualifiedName((TypeElement) m.getAnnotationType().asElement()).equals(fqcn)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    static boolean has(Element element, String simpleJpaName) {
        return find(element, simpleJpaName).isPresent();
    }

    static Object raw(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue().getValue();
            }
        }
        for (javax.lang.model.element.Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
            if (member instanceof ExecutableElement ex && ex.getSimpleName().contentEquals(name)
                    && ex.getDefaultValue() != null) {
                return ex.getDefaultValue().getValue();
            }
        }
        return null;
    }

    static boolean isSet(AnnotationMirror mirror, String name) {
        return mirror.getElementValues().keySet().stream().anyMatch(k -> k.getSimpleName().contentEquals(name));
    }

    static String string(AnnotationMirror mirror, String name) {
        Object v = raw(mirror, name);
        return v == null ? "" : v.toString();
    }

    static int integer(AnnotationMirror mirror, String name) {
        Object v = raw(mirror, name);
        return v instanceof Number n ? n.intValue() : 0;
    }

    static boolean bool(AnnotationMirror mirror, String name) {
        Object v = raw(mirror, name);
        return v instanceof Boolean b && b;
    }

    /** The constant name of an enum-valued member, e.g. {@code STRING}. */
    static String enumName(AnnotationMirror mirror, String name) {
        Object v = raw(mirror, name);
        return v instanceof VariableElement ve ? ve.getSimpleName().toString() : "";
    }

    static TypeMirror type(AnnotationMirror mirror, String name) {
        Object v = raw(mirror, name);
        return v instanceof TypeMirror t ? t : null;
    }

    static AnnotationMirror annotation(AnnotationMirror mirror, String name) {
        Object v = raw(mirror, name);
        return v instanceof AnnotationMirror a ? a : null;
    }

    /** A member that is an array of annotations (a single value is a one-element list). */
    static List<AnnotationMirror> annotations(AnnotationMirror mirror, String name) {
        Object v = raw(mirror, name);
        List<AnnotationMirror> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof AnnotationValue av && av.getValue() instanceof AnnotationMirror a) {
                    out.add(a);
                }
            }
        } else if (v instanceof AnnotationMirror a) {
            out.add(a);
        }
        return out;
    }

    static List<String> strings(AnnotationMirror mirror, String name) {
        Object v = raw(mirror, name);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof AnnotationValue av) {
                    out.add(av.getValue().toString());
                }
            }
        } else if (v instanceof String s) {
            out.add(s);
        }
        return out;
    }

    /** An annotation written directly or inside its container ({@code @JoinColumns}, ...). */
    static List<AnnotationMirror> repeated(Element element, String single, String container) {
        List<AnnotationMirror> out = new ArrayList<>();
        find(element, single).ifPresent(out::add);
        find(element, container).ifPresent(c -> out.addAll(annotations(c, "value")));
        return out;
    }
}
