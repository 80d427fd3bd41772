package dev.mifty.schema.source;

import com.palantir.javapoet.CodeBlock;

/**
 * A statement as a Java string literal that reads like SQL. With text blocks (Java 15+), a statement
 * that spans lines or contains a double quote becomes a text block whose value is exactly the
 * statement (the closing delimiter ends its last line, so there is no trailing line break); other
 * statements, and every statement without text blocks, are an ordinary {@code "..."} literal.
 */
final class SqlLiteral {

    private SqlLiteral() {
    }

    static CodeBlock of(String statement, boolean textBlocks) {
        if (!textBlocks || !fitsTextBlock(statement)) {
            return CodeBlock.of("$S", statement);
        }
        // $>$< : the block's lines get the continuation indent of a wrapped initializer
        return CodeBlock.of("\"\"\"$>$>\n$L\"\"\"$<$<", textBlockBody(statement));
    }

    /**
     * A text block strips the indentation common to its lines: a statement whose lines all start
     * with white space (never one the dialect writes) keeps the plain form, which keeps it exact.
     */
    private static boolean fitsTextBlock(String statement) {
        if (statement.indexOf('\n') < 0 && statement.indexOf('"') < 0) {
            return false;
        }
        for (String line : statement.split("\n", -1)) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The statement's lines escaped for a text block: backslashes, every third quote in a row, control characters, trailing blanks. */
    private static String textBlockBody(String statement) {
        StringBuilder out = new StringBuilder(statement.length() + 16);
        String[] lines = statement.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            int end = line.length();
            // Trailing blanks are stripped from text block lines: write the last one as an escape.
            int lastKept = end;
            while (lastKept > 0 && (line.charAt(lastKept - 1) == ' ' || line.charAt(lastKept - 1) == '\t')) {
                lastKept--;
            }
            int quotes = 0;
            for (int i = 0; i < end; i++) {
                char ch = line.charAt(i);
                boolean lastOfLine = i == end - 1;
                if (ch == '"') {
                    quotes++;
                    // never three in a row, and never one just before the closing delimiter
                    boolean closesBlock = lastOfLine && l == lines.length - 1;
                    if (quotes == 3 || closesBlock) {
                        out.append("\\\"");
                        quotes = 0;
                    } else {
                        out.append(ch);
                    }
                    continue;
                }
                quotes = 0;
                if (ch == '\\') {
                    out.append("\\\\");
                } else if (i == end - 1 && i >= lastKept) {
                    out.append(ch == ' ' ? "\\s" : "\\t");
                } else if (ch == '\t') {
                    out.append(ch);
                } else if (ch == '\r') {
                    out.append("\\r");
                } else if (ch < 0x20) {
                    out.append(String.format("\\%03o", (int) ch));
                } else {
                    out.append(ch);
                }
            }
            if (l < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
