package dev.mifty.schema.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON text -> a tree whose every node knows its line and column, for precise error messages. */
final class JsonTree {

    /** A position in the text, both 1-based. */
    record Pos(int line, int column) {
        static Pos of(JsonLocation location) {
            return new Pos(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }
    }

    sealed interface Node {
        Pos pos();
    }

    /** An object; {@code keys} holds the position of each field name. */
    record Obj(Map<String, Node> fields, Map<String, Pos> keys, Pos pos) implements Node {
    }

    record Arr(List<Node> items, Pos pos) implements Node {
    }

    record Str(String value, Pos pos) implements Node {
    }

    /** A number; {@code integral} when written without fraction or exponent. */
    record Num(String text, boolean integral, Pos pos) implements Node {
    }

    record Bool(boolean value, Pos pos) implements Node {
    }

    record Null(Pos pos) implements Node {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String source;
    private final JsonParser parser;
    private final Deque<Opened> open = new ArrayDeque<>();

    private record Opened(Pos pos, boolean array) {
    }

    private JsonTree(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /** The root value; a syntax error becomes a {@link SnapshotException}. */
    static Node parse(String json, String source) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return new JsonTree(source, parser).root();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Node root() throws IOException {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SnapshotException(source, 1, 1,
                        "the file is empty: expected a snapshot object {\"formatVersion\": "
                                + SnapshotCodec.FORMAT_VERSION + ", \"tables\": [...], \"sequences\": [...]}");
            }
            Node root = value(first);
            if (parser.nextToken() != null) {
                Pos p = Pos.of(parser.currentTokenLocation());
                throw new SnapshotException(source, p.line(), p.column(),
                        "unexpected content after the end of the snapshot object");
            }
            return root;
        } catch (JsonEOFException e) {
            throw truncated(Pos.of(e.getLocation() == null ? JsonLocation.NA : e.getLocation()));
        } catch (StreamReadException e) {
            Pos p = Pos.of(e.getLocation() == null ? JsonLocation.NA : e.getLocation());
            throw new SnapshotException(source, p.line(), p.column(), "malformed JSON: " + firstLine(e));
        } catch (JsonProcessingException e) {
            throw new SnapshotException(source, 1, 1, "malformed JSON: " + firstLine(e));
        }
    }

    private SnapshotException truncated(Pos at) {
        String what = open.isEmpty() ? "" : " (the " + (open.peek().array() ? "array" : "object")
                + " opened at line " + open.peek().pos().line() + ", column " + open.peek().pos().column()
                + " is not closed)";
        return new SnapshotException(source, at.line(), at.column(),
                "unexpected end of file: the snapshot is truncated" + what);
    }

    private static String firstLine(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut);
    }

    private Node value(JsonToken token) throws IOException {
        Pos pos = Pos.of(parser.currentTokenLocation());
        return switch (token) {
            case START_OBJECT -> object(pos);
            case START_ARRAY -> array(pos);
            case VALUE_STRING -> new Str(parser.getText(), pos);
            case VALUE_NUMBER_INT -> new Num(parser.getText(), true, pos);
            case VALUE_NUMBER_FLOAT -> new Num(parser.getText(), false, pos);
            case VALUE_TRUE -> new Bool(true, pos);
            case VALUE_FALSE -> new Bool(false, pos);
            case VALUE_NULL -> new Null(pos);
            default -> throw new SnapshotException(source, pos.line(), pos.column(), "unexpected " + token);
        };
    }

    private Node object(Pos pos) throws IOException {
        open.push(new Opened(pos, false));
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Pos> keys = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Pos keyPos = Pos.of(parser.currentTokenLocation());
            if (fields.containsKey(name)) {
                throw new SnapshotException(source, keyPos.line(), keyPos.column(),
                        "field \"" + name + "\" appears twice in the same object (first at line "
                                + keys.get(name).line() + "); keep one");
            }
            keys.put(name, keyPos);
            JsonToken next = parser.nextToken();
            if (next == null) {
                throw truncated(Pos.of(parser.currentLocation()));
            }
            fields.put(name, value(next));
        }
        if (token == null) {
            throw truncated(Pos.of(parser.currentLocation()));
        }
        open.pop();
        return new Obj(Collections.unmodifiableMap(fields), Collections.unmodifiableMap(keys), pos);
    }

    private Node array(Pos pos) throws IOException {
        open.push(new Opened(pos, true));
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw truncated(Pos.of(parser.currentLocation()));
            }
            items.add(value(token));
        }
        open.pop();
        return new Arr(List.copyOf(items), pos);
    }
}
