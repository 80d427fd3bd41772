package dev.mifty.processor.jpa;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute: a field (field access) or a getter (property access).
 *
 * @param name     the attribute name ({@code fullName} for {@code getFullName()})
 * @param element  the field or getter, where errors are reported and annotations are read
 * @param type     its Java type (as seen from the class being mapped)
 * @param owner    the class that declares it
 */
record Attribute(String name, Element element, TypeMirror type, TypeElement owner) {

    /** {@code Customer.fullName}, for messages and column origins. */
    String label() {
        return Ann.simpleName(owner) + "." + name;
    }

    boolean has(String annotation) {
        return Ann.has(element, annotation);
    }
}
