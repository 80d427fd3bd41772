package dev.mifty.designer.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whole lines inserted into a source text at line numbers taken from JavaParser's positions
 * (1-based). Everything else stays byte for byte as written, and new lines get the indentation of
 * the declarations around them.
 */
final class TextInserts {

    private record Insert(int afterLine, int order, List<String> lines) {
    }

    private final String text;
    private final List<Insert> inserts = new ArrayList<>();
    private final String newline;

    TextInserts(String text) {
        this.text = text;
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** Inserts {@code lines} after line {@code afterLine} (0: at the top); inserts at the same line keep their call order. */
    void after(int afterLine, List<String> lines) {
        inserts.add(new Insert(afterLine, inserts.size(), List.copyOf(lines)));
    }

    /** The leading whitespace of line {@code line}. */
    String indentOf(int line) {
        String l = lines().get(line - 1);
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
            i++;
        }
        return l.substring(0, i);
    }

    /** The text one indentation step deeper than {@code indent} in this file's style (tabs or its own width). */
    String step(String indent) {
        return indent.startsWith("\t") ? "\t" : indent.isEmpty() ? "    " : " ".repeat(Math.max(2, Math.min(8, indent.length())));
    }

    String apply() {
        List<String> lines = new ArrayList<>(lines());
        List<Insert> ordered = new ArrayList<>(inserts);
        ordered.sort(Comparator.comparingInt(Insert::afterLine).thenComparingInt(Insert::order).reversed());
        for (Insert insert : ordered) {
            lines.addAll(insert.afterLine(), insert.lines());
        }
        return String.join(newline, lines);
    }

    private List<String> lines() {
        return List.of(text.split("\r?\n", -1));
    }
}
