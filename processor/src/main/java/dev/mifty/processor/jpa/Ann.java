package dev.mifty.processor.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** Reads annotation mirrors by qualified name, defaults included (no reflection on annotation classes). */
final class Ann {

    static final String JPA = "jakarta.persistence.";

    /**
     * Per-read caches, installed by {@link JpaModelReader#read} for one compilation on one thread:
     * javac's {@code Name.contentEquals}/{@code toString} decode the name on every call, and the
     * reader asks the same elements for the same annotations many times. javac symbols compare by
     * identity. Without a cache (helpers called outside a read) every lookup is computed directly.
     */
    static final class Cache implements AutoCloseable {
        private final Cache previous;
        /** By {@link Name}: cheap to hash and compare ({@code Name.equals} is "same name"), unlike its content. */
        private final Map<Name, String> names = new HashMap<>();
        private final Map<Element, Map<String, Object>> defaults = new IdentityHashMap<>();

        private Cache(Cache previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CACHE.remove();
            } else {
                CACHE.set(previous);
            }
        }
    }

    private static final ThreadLocal<Cache> CACHE = new ThreadLocal<>();

    /** Installs a fresh cache for this thread until {@link Cache#close()}. */
    static Cache openCache() {
        Cache cache = new Cache(CACHE.get());
        CACHE.set(cache);
        return cache;
    }

    private Ann() {
    }

    static String qualifiedName(TypeElement type) {
        Cache c = CACHE.get();
        if (c == null) {
            return type.getQualifiedName().toString();
        }
        return c.names.computeIfAbsent(type.getQualifiedName(), Name::toString);
    }

    /** {@code element.getSimpleName().toString()}, cached during a read. */
    static String simpleName(Element element) {
        Cache c = CACHE.get();
        if (c == null) {
            return element.getSimpleName().toString();
        }
        return c.names.computeIfAbsent(element.getSimpleName(), Name::toString);
    }

    static Optional<AnnotationMirror> find(Element element, String simpleJpaName) {
        boolean qualified = simpleJpaName.indexOf('.') >= 0;
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            String n = qualifiedName((TypeElement) m.getAnnotationType().asElement());
            if (qualified ? n.equals(simpleJpaName) : isJpa(n, simpleJpaName)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** {@code qualifiedName.equals(JPA + simpleName)}, without building the string. */
    private static boolean isJpa(String qualifiedName, String simpleName) {
        return qualifiedName.length() == JPA.length() + simpleName.length() && qualifiedName.endsWith(simpleName)
                && qualifiedName.startsWith(JPA);
    }

    static boolean has(Element element, String simpleJpaName) {
        return find(element, simpleJpaName).isPresent();
    }

    static Object raw(AnnotationMirror mirror, String name) {
        Cache c = CACHE.get();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) {
            if (c != null ? simpleName(e.getKey()).equals(name) : e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue().getValue();
            }
        }
        if (c != null) {
            return c.defaults.computeIfAbsent(mirror.getAnnotationType().asElement(), Ann::defaultsByName).get(name);
        }
        for (javax.lang.model.element.Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
            if (member instanceof ExecutableElement ex && ex.getSimpleName().contentEquals(name)
                    && ex.getDefaultValue() != null) {
                return ex.getDefaultValue().getValue();
            }
        }
        return null;
    }

    private static Map<String, Object> defaultsByName(Element annotationType) {
        Map<String, Object> out = new HashMap<>();
        for (Element member : annotationType.getEnclosedElements()) {
            if (member instanceof ExecutableElement ex && ex.getDefaultValue() != null) {
                out.putIfAbsent(simpleName(ex), ex.getDefaultValue().getValue());
            }
        }
        return out;
    }

    static boolean isSet(AnnotationMirror mirror, String name) {
        for (ExecutableElement k : mirror.getElementValues().keySet()) {
            if (simpleName(k).equals(name)) {
                return true;
            }
        }
        return false;
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
