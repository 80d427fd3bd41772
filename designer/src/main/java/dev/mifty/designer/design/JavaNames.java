package dev.mifty.designer.design;

import javax.lang.model.SourceVersion;

/** Checks names before any source is touched: each failure names the name and says what to do. */
final class JavaNames {

    private JavaNames() {
    }

    static void requireFieldName(String name, String what) {
        require(name, what);
        if (!Character.isLowerCase(name.codePointAt(0)) && name.codePointAt(0) != '_') {
            throw new EditException(what + " '" + name + "' should start with a lower-case letter (e.g. '"
                    + Character.toLowerCase(name.charAt(0)) + name.substring(1) + "')");
        }
    }

    static void requireClassName(String name) {
        require(name, "entity name");
        if (!Character.isUpperCase(name.codePointAt(0))) {
            throw new EditException("entity name '" + name + "' should start with an upper-case letter (e.g. '"
                    + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "')");
        }
    }

    static void requirePackageName(String name) {
        if (name == null || name.isBlank() || !SourceVersion.isName(name, SourceVersion.RELEASE_17)) {
            throw new EditException("'" + name + "' is not a Java package name");
        }
    }

    private static void require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new EditException(what + " is empty");
        }
        if (SourceVersion.isKeyword(name, SourceVersion.RELEASE_17) || name.equals("_")) {
            throw new EditException(what + " '" + name + "' is a Java keyword: choose another name (e.g. '" + name + "Value')");
        }
        if (!SourceVersion.isIdentifier(name)) {
            throw new EditException(what + " '" + name + "' is not a Java identifier: use letters, digits and '_', "
                    + "not starting with a digit");
        }
    }
}
