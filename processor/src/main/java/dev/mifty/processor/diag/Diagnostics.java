package dev.mifty.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors and warnings on elements, each message prefixed with a stable id such as
 * {@code [mifty:no-id]}. Counts errors so the pipeline can generate nothing after one.
 */
public final class Diagnostics {

    private final Messager messager;
    private final boolean strict;
    private int errors;

    public Diagnostics(Messager messager, boolean strict) {
        this.messager = messager;
        this.strict = strict;
    }

    public void error(Element element, String id, String message) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, format(id, message), element);
    }

    public void error(Element element, AnnotationMirror annotation, String id, String message) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, format(id, message), element, annotation);
    }

    /** A safety warning; an error under {@code -Amifty.strict=true}. */
    public void warning(Element element, String id, String message) {
        if (strict) {
            error(element, id, message + " (an error because mifty.strict=true)");
        } else {
            messager.printMessage(Diagnostic.Kind.WARNING, format(id, message), element);
        }
    }

    /** A safety warning with no element to point at (e.g. a dropped table); an error under strict. */
    public void warning(String id, String message) {
        if (strict) {
            error(id, message + " (an error because mifty.strict=true)");
        } else {
            messager.printMessage(Diagnostic.Kind.WARNING, format(id, message));
        }
    }

    /** An error on the element, or without position when {@code element} is null. */
    public void errorOn(Element element, String id, String message) {
        if (element == null) {
            error(id, message);
        } else {
            error(element, id, message);
        }
    }

    /** A safety warning on the element, or without position when {@code element} is null. */
    public void warningOn(Element element, String id, String message) {
        if (element == null) {
            warning(id, message);
        } else {
            warning(element, id, message);
        }
    }

    public void note(String message) {
        messager.printMessage(Diagnostic.Kind.NOTE, "[mifty] " + message);
    }

    /** An error with no element (e.g. a malformed snapshot file). */
    public void error(String id, String message) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, format(id, message));
    }

    public int errorCount() {
        return errors;
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    private static String format(String id, String message) {
        return "[mifty:" + id + "] " + message;
    }
}
