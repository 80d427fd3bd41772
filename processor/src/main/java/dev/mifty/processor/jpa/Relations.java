package dev.mifty.processor.jpa;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Collection types and join-column lookups of relationships. */
final class Relations {

    private Relations() {
    }

    /** The element type of a collection, or the value type of a map. */
    static TypeMirror elementType(TypeMirror type) {
        if (!(type instanceof DeclaredType dt) || dt.getTypeArguments().isEmpty()) {
            return null;
        }
        List<? extends TypeMirror> args = dt.getTypeArguments();
        return args.get(args.size() - 1);
    }

    /** The key type of a map, or null when the type is not a map. */
    static TypeMirror mapKeyType(Types types, TypeMirror type) {
        if (!(type instanceof DeclaredType dt) || dt.getTypeArguments().size() != 2 || !isMap(types, type)) {
            return null;
        }
        return dt.getTypeArguments().get(0);
    }

    static boolean isMap(Types types, TypeMirror type) {
        return isSubtype(types, type, "java.util.Map");
    }

    static boolean isCollectionOrMap(Types types, TypeMirror type) {
        return isSubtype(types, type, "java.util.Collection") || isMap(types, type);
    }

    static boolean isSubtype(Types types, TypeMirror type, String qualifiedName) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement e = (TypeElement) types.asElement(type);
        if (Ann.qualifiedName(e).equals(qualifiedName)) {
            return true;
        }
        for (TypeMirror sup : types.directSupertypes(type)) {
            if (isSubtype(types, sup, qualifiedName)) {
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
