package dev.mifty.processor.jpa;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Targets and join-column lookups of relationships. */
final class Relations {

    static final List<String> TO_ONE = List.of("ManyToOne", "OneToOne");

    private Relations() {
    }

    static String kind(Attribute a) {
        for (String k : List.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany", "ElementCollection")) {
            if (a.has(k)) {
                return k;
            }
        }
        return null;
    }

    /** The target class: {@code targetEntity}, or the field type (to-one) / element type (to-many). */
    static TypeElement target(EntityCatalog catalog, Attribute a) {
        String kind = kind(a);
        if (kind == null) {
            return null;
        }
        AnnotationMirror m = Ann.find(a.element(), kind).get();
        TypeMirror explicit = Ann.type(m, kind.equals("ElementCollection") ? "targetClass" : "targetEntity");
        if (explicit != null && explicit.getKind() == TypeKind.DECLARED
                && !Ann.qualifiedName(catalog.element(explicit)).equals("void")) {
            return catalog.element(explicit);
        }
        if (TO_ONE.contains(kind)) {
            return catalog.element(a.type());
        }
        return catalog.element(elementType(catalog, a.type()));
    }

    /** The element type of a collection, or the value type of a map. */
    static TypeMirror elementType(EntityCatalog catalog, TypeMirror type) {
        if (!(type instanceof DeclaredType dt) || dt.getTypeArguments().isEmpty()) {
            return null;
        }
        List<? extends TypeMirror> args = dt.getTypeArguments();
        return args.get(args.size() - 1);
    }

    /** The key type of a map, or null when the type is not a map. */
    static TypeMirror mapKeyType(EntityCatalog catalog, TypeMirror type) {
        if (!(type instanceof DeclaredType dt) || dt.getTypeArguments().size() != 2 || !isMap(catalog, type)) {
            return null;
        }
        return dt.getTypeArguments().get(0);
    }

    static boolean isMap(EntityCatalog catalog, TypeMirror type) {
        return isSubtype(catalog, type, "java.util.Map");
    }

    static boolean isCollectionOrMap(EntityCatalog catalog, TypeMirror type) {
        return isSubtype(catalog, type, "java.util.Collection") || isMap(catalog, type);
    }

    static boolean isSubtype(EntityCatalog catalog, TypeMirror type, String qualifiedName) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement e = catalog.element(type);
        if (Ann.qualifiedName(e).equals(qualifiedName)) {
            return true;
        }
        for (TypeMirror sup : catalog.types.directSupertypes(type)) {
            if (isSubtype(catalog, sup, qualifiedName)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code @JoinColumn} for the i-th target key column: by {@code referencedColumnName}, else by position. */
    static AnnotationMirror joinColumnFor(List<AnnotationMirror> joinColumns, KeyColumn key, int i) {
        for (AnnotationMirror jc : joinColumns) {
            String ref = Ann.string(jc, "referencedColumnName");
            if (!ref.isEmpty() && (ref.equals(key.logical()) || ref.equalsIgnoreCase(key.physical()))) {
                return jc;
            }
        }
        if (i < joinColumns.size() && Ann.string(joinColumns.get(i), "referencedColumnName").isEmpty()) {
            return joinColumns.get(i);
        }
        return null;
    }
}
