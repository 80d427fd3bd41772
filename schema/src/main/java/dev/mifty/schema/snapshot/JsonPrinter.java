package dev.mifty.schema.snapshot;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Map;

/**
 * Prints a tree of {@link Map} (insertion order kept), {@link List}, {@link String}, {@link Number}
 * and {@link Boolean} as JSON with two-space indentation: one field per line, an array of plain
 * values on one line (one fact), an array of objects one object after the other.
 */
final class JsonPrinter {

    private final StringBuilder out = new StringBuilder(1 << 16);

    static String print(Map<String, Object> root) {
        JsonPrinter printer = new JsonPrinter();
        printer.value(root, 0);
        return printer.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            indent(depth + 1);
            string((String) e.getKey());
            out.append(": ");
            value(e.getValue(), depth + 1);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean plain = true;
        for (Object v : list) {
            if (v instanceof Map || v instanceof List) {
                plain = false;
                break;
            }
        }
        if (plain) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(list.get(i), depth);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            indent(depth + 1);
            value(list.get(i), depth + 1);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append(']');
    }

    private void string(String s) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, out);
        out.append('"');
    }

    private static final String SPACES = "                                ";

    private void indent(int depth) {
        int n = 2 * depth;
        for (; n > SPACES.length(); n -= SPACES.length()) {
            out.append(SPACES);
        }
        out.append(SPACES, 0, n);
    }
}
