package dev.mifty.designer.views;

/** A request the designer cannot serve, with a message for the page (HTTP 400/409). */
public class ViewException extends RuntimeException {

    private final int status;

    public ViewException(String message) {
        this(400, message);
    }

    public ViewException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
