package dev.mifty.processor.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Lists the persistent attributes of a class under field or property access, as Hibernate does. */
final class Attributes {

    /** Hibernate's {@code @Formula}: a computed, read-only attribute with no column. */
    static final String FORMULA = "org.hibernate.annotations.Formula";

    enum Access { FIELD, PROPERTY }

    private final Types types;

    Attributes(Types types) {
        this.types = types;
    }

    /**
     * The access type of a hierarchy: {@code @Access} on the class, else where {@code @Id} or
     * {@code @EmbeddedId} sits (field or getter) in the class and its superclasses, else field.
     */
    Access accessOf(TypeElement type) {
        for (TypeElement t = type; t != null; t = superclass(t)) {
            Optional<Access> explicit = explicitAccess(t);
            if (explicit.isPresent()) {
                return explicit.get();
            }
        }
        for (TypeElement t = type; t != null; t = superclass(t)) {
            for (Element e : t.getEnclosedElements()) {
                if (Ann.has(e, "Id") || Ann.has(e, "EmbeddedId")) {
                    return e.getKind() == ElementKind.METHOD ? Access.PROPERTY : Access.FIELD;
                }
            }
        }
        return Access.FIELD;
    }

    static Optional<Access> explicitAccess(TypeElement t) {
        return Ann.find(t, "Access").map(a -> Ann.enumName(a, "value").equals("PROPERTY") ? Access.PROPERTY : Access.FIELD);
    }

    /** The persistent attributes declared by {@code type} itself (not its superclasses), in declaration order. */
    List<Attribute> declared(TypeElement type, Access access, DeclaredType asSeenFrom) {
        Access own = explicitAccess(type).orElse(access);
        List<Attribute> out = new ArrayList<>();
        if (own == Access.FIELD) {
            for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                Set<Modifier> mods = f.getModifiers();
                if (mods.contains(Modifier.STATIC) || mods.contains(Modifier.TRANSIENT) || Ann.has(f, "Transient")
                        || Ann.has(f, FORMULA)) {
                    continue;
                }
                out.add(new Attribute(f.getSimpleName().toString(), f, typeOf(f, asSeenFrom), type));
            }
        } else {
            for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
                String property = propertyName(m);
                if (property == null || m.getModifiers().contains(Modifier.STATIC) || Ann.has(m, "Transient")
                        || Ann.has(m, FORMULA)) {
                    continue;
                }
                TypeMirror t = asSeenFrom == null ? m.getReturnType()
                        : ((javax.lang.model.type.ExecutableType) types.asMemberOf(asSeenFrom, m)).getReturnType();
                out.add(new Attribute(property, m, t, type));
            }
        }
        // property-access classes may still mark single fields with @Access(FIELD), and vice versa: rare, ignored
        return out;
    }

    private TypeMirror typeOf(VariableElement f, DeclaredType asSeenFrom) {
        if (asSeenFrom == null) {
            return f.asType();
        }
        try {
            return types.asMemberOf(asSeenFrom, f);
        } catch (IllegalArgumentException e) {
            return f.asType();
        }
    }

    private static String propertyName(ExecutableElement m) {
        if (!m.getParameters().isEmpty() || m.getReturnType().getKind() == TypeKind.VOID) {
            return null;
        }
        String n = m.getSimpleName().toString();
        if (n.startsWith("get") && n.length() > 3) {
            return decapitalize(n.substring(3));
        }
        if (n.startsWith("is") && n.length() > 2 && m.getReturnType().getKind() == TypeKind.BOOLEAN) {
            return decapitalize(n.substring(2));
        }
        return null;
    }

    /** {@code java.beans.Introspector#decapitalize}: {@code URL} stays, {@code Name} becomes {@code name}. */
    static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    TypeElement superclass(TypeElement t) {
        TypeMirror sup = t.getSuperclass();
        if (sup.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement s = (TypeElement) types.asElement(sup);
        return Ann.qualifiedName(s).equals("java.lang.Object") ? null : s;
    }
}
