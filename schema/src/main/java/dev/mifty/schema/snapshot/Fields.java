package dev.mifty.schema.snapshot;

import dev.mifty.schema.snapshot.JsonTree.Arr;
import dev.mifty.schema.snapshot.JsonTree.Bool;
import dev.mifty.schema.snapshot.JsonTree.Node;
import dev.mifty.schema.snapshot.JsonTree.Null;
import dev.mifty.schema.snapshot.JsonTree.Num;
import dev.mifty.schema.snapshot.JsonTree.Obj;
import dev.mifty.schema.snapshot.JsonTree.Pos;
import dev.mifty.schema.snapshot.JsonTree.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed access to the fields of one JSON object of the snapshot, with errors that say where and
 * what was expected: {@code schema.json:12:17: expected a string for "type" of column "email" in
 * table "customers"}. Optional fields may be absent or {@code null}; unknown fields are errors.
 */
final class Fields {

    private final String source;
    private final Obj obj;
    private final String what;

    private Fields(String source, Obj obj, String what) {
        this.source = source;
        this.obj = obj;
        this.what = what;
    }

    /** The fields of {@code node}, which must be an object; {@code what} names it ({@code column "email" in table "t"}). */
    static Fields of(String source, Node node, String what, List<String> known) {
        if (!(node instanceof Obj o)) {
            throw error(source, node.pos(), "expected an object for " + what + ", found " + describe(node));
        }
        Fields fields = new Fields(source, o, what);
        for (Map.Entry<String, Pos> key : o.keys().entrySet()) {
            if (!known.contains(key.getKey())) {
                throw error(source, key.getValue(), "unknown field \"" + key.getKey() + "\" in " + what
                        + "; expected only " + String.join(", ", known));
            }
        }
        return fields;
    }

    /** The same object, described differently (once its name is known). */
    Fields as(String newWhat) {
        return new Fields(source, obj, newWhat);
    }

    /** What this object is, for messages. */
    String what() {
        return what;
    }

    Pos pos() {
        return obj.pos();
    }

    boolean has(String key) {
        Node n = obj.fields().get(key);
        return n != null && !(n instanceof Null);
    }

    String string(String key) {
        Node n = required(key, "a string");
        if (n instanceof Str s) {
            return s.value();
        }
        throw expected(n, "a string", key);
    }

    /** A string that may be absent. */
    String optionalString(String key) {
        return has(key) ? string(key) : null;
    }

    /** A string from {@code choices}. */
    String choice(String key, List<String> choices) {
        String value = string(key);
        if (!choices.contains(value)) {
            throw error(source, obj.fields().get(key).pos(), "expected one of \"" + String.join("\", \"", choices)
                    + "\" for \"" + key + "\" of " + what + ", found \"" + value + "\"");
        }
        return value;
    }

    boolean bool(String key) {
        Node n = required(key, "true or false");
        if (n instanceof Bool b) {
            return b.value();
        }
        throw expected(n, "true or false", key);
    }

    long integer(String key) {
        Node n = required(key, "an integer");
        if (n instanceof Num num && num.integral()) {
            try {
                return Long.parseLong(num.text());
            } catch (NumberFormatException e) {
                throw error(source, n.pos(), "the integer for \"" + key + "\" of " + what + " is too large");
            }
        }
        throw expected(n, "an integer", key);
    }

    /** An integer that may be absent, in the {@code int} range. */
    Integer optionalInt(String key) {
        if (!has(key)) {
            return null;
        }
        long value = integer(key);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error(source, obj.fields().get(key).pos(), "the integer for \"" + key + "\" of " + what + " is too large");
        }
        return (int) value;
    }

    /** A required array of strings. */
    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        for (Node item : array(key, "an array of strings")) {
            if (!(item instanceof Str s)) {
                throw error(source, item.pos(), "expected a string in \"" + key + "\" of " + what
                        + ", found " + describe(item));
            }
            result.add(s.value());
        }
        return result;
    }

    /** The items of a required array ({@code required} true) or of an optional one (empty when absent). */
    List<Node> nodes(String key, boolean required) {
        if (!required && !has(key)) {
            return List.of();
        }
        return array(key, "an array");
    }

    /** The raw node of a required field. */
    Node node(String key, String expectation) {
        return required(key, expectation);
    }

    SnapshotException errorAt(Node node, String problem) {
        return error(source, node.pos(), problem);
    }

    private List<Node> array(String key, String expectation) {
        Node n = required(key, expectation);
        if (n instanceof Arr a) {
            return a.items();
        }
        throw expected(n, expectation, key);
    }

    private Node required(String key, String expectation) {
        Node n = obj.fields().get(key);
        if (n == null) {
            throw error(source, obj.pos(), "missing \"" + key + "\" (" + expectation + ") in " + what);
        }
        return n;
    }

    private SnapshotException expected(Node n, String expectation, String key) {
        return error(source, n.pos(), "expected " + expectation + " for \"" + key + "\" of " + what
                + ", found " + describe(n));
    }

    static String describe(Node n) {
        if (n instanceof Obj) {
            return "an object";
        } else if (n instanceof Arr) {
            return "an array";
        } else if (n instanceof Str s) {
            return "the string \"" + s.value() + "\"";
        } else if (n instanceof Num num) {
            return "the number " + num.text();
        } else if (n instanceof Bool b) {
            return String.valueOf(b.value());
        }
        return "null";
    }

    static SnapshotException error(String source, Pos pos, String problem) {
        return new SnapshotException(source, pos.line(), pos.column(), problem);
    }
}
