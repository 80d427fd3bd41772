package dev.mifty.designer.design;

/** An edit that cannot be made, with the message the page shows; no file was changed. */
public final class EditException extends RuntimeException {

    public EditException(String message) {
        super(message);
    }
}
