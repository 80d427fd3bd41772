package dev.mifty.schema.snapshot;

/** A malformed snapshot: the message names the file, line and column, and what was expected. */
public final class SnapshotException extends RuntimeException {

    private final String source;
    private final int line;
    private final int column;

    public SnapshotException(String source, int line, int column, String problem) {
        super(source + ":" + line + ":" + column + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
