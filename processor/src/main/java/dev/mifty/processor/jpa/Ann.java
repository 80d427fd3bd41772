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
        private final Map<Element, String> names = new IdentityHashMap<>();
        private final Map<Element, String> simpleNames = new IdentityHashMap<>();
        private final Map<Element, Map<String, AnnotationMirror>> mirrors = new IdentityHashMap<>();
        private final Map<AnnotationMirror, Map<String, Object>> values = new IdentityHashMap<>();
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
        String n = c.names.get(type);
        if (n == null) {
            n = type.getQualifiedName().toString();
            c.names.put(type, n);
        }
        return n;
    }

    /** {@code element.getSimpleName().toString()}, cached during a read. */
    static String simpleName(Element element) {
        Cache c = CACHE.get();
        if (c == null) {
            return element.getSimpleName().toString();
        }
        String n = c.simpleNames.get(element);
        if (n == null) {
            n = element.getSimpleName().toString();
            c.simpleNames.put(element, n);
        }
        return n;
    }

    static Optional<AnnotationMirror> find(Element element, String simpleJpaName) {
        Cache c = CACHE.get();
        if (c != null) {
            return Optional.ofNullable(c.mirrors.computeIfAbsent(element, Ann::mirrorsByName).get(simpleJpaName));
        }
        String fqcn = simpleJpaName.indexOf('.') >= 0 ? simpleJpaName : JPA + simpleJpaName;
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (qualifiedName((TypeElement) m.getAnnotationType().asElement()).equals(fqcn)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The element's annotations under the keys {@link #find} is asked with: the qualified name
     * (when it has a dot) and, for {@code jakarta.persistence.X}, also {@code X}; the first wins.
     */
    private static Map<String, AnnotationMirror> mirrorsByName(Element element) {
        List<? extends AnnotationMirror> all = element.getAnnotationMirrors();
        if (all.isEmpty()) {
            return Map.of();
        }
        Map<String, AnnotationMirror> out = new HashMap<>();
        for (AnnotationMirror m : all) {
            String fqcn = qualifiedName((TypeElement) m.getAnnotationType().asElement());
            if (fqcn.indexOf('.') >= 0) {
                out.putIfAbsent(fqcn, m);
            }
            if (fqcn.startsWith(JPA) && fqcn.indexOf('.', JPA.length()) < 0) {
                out.putIfAbsent(fqcn.substring(JPA.length()), m);
            }
        }
        return out;
    }

    static boolean has(Element element, String simpleJpaName) {
        return find(element, simpleJpaName).isPresent();
    }

    static Object raw(AnnotationMirror mirror, String name) {
        Cache c = CACHE.get();
        if (c != null) {
            return c.values.computeIfAbsent(mirror, Ann::valuesByName).get(name);
        }
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

    /** The mirror's member values by name: the defaults of its type, overridden by the values written. */
    private static Map<String, Object> valuesByName(AnnotationMirror mirror) {
        Map<String, Object> defaults = CACHE.get().defaults.computeIfAbsent(mirror.getAnnotationType().asElement(),
                Ann::defaultsByName);
        Map<? extends ExecutableElement, ? extends AnnotationValue> written = mirror.getElementValues();
        if (written.isEmpty()) {
            return defaults;
        }
        Map<String, Object> out = new HashMap<>(defaults);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : written.entrySet()) {
            out.put(simpleName(e.getKey()), e.getValue().getValue());
        }
        return out;
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
