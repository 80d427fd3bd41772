package dev.mifty.schema.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class SnapshotErrorsTest {

    private final SnapshotCodec codec = new SnapshotCodec();

    private SnapshotException error(String json) {
        return catchThrowableOfType(SnapshotException.class, () -> codec.read(json, "schema.json"));
    }

    private static String table(String columnJson) {
        return "{\n"
                + "  \"formatVersion\": 1,\n"
                + "  \"tables\": [\n"
                + "    {\n"
                + "      \"name\": \"customers\",\n"
                + "      \"columns\": [\n"
                + "        {\n"
                + "          \"name\": \"email\",\n"
                + columnJson
                + "        }\n"
                + "      ]\n"
                + "    }\n"
                + "  ],\n"
                + "  \"sequences\": []\n"
                + "}\n";
    }

    @Test
    void wrongTypeNamesFieldColumnAndTable() {
        SnapshotException e = error(table("          \"type\": 12,\n          \"nullable\": false\n"));
        assertThat(e).hasMessage("schema.json:9:19: expected a string for \"type\" of column \"email\" in table "
                + "\"customers\" (a type like \"int4\" or \"varchar(255)\"), found the number 12");
        e = error(table("          \"type\": \"text\",\n          \"nullable\": \"no\"\n"));
        assertThat(e).hasMessage("schema.json:10:23: expected true or false for \"nullable\" of column \"email\" "
                + "in table \"customers\", found the string \"no\"");
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.column()).isEqualTo(23);
        assertThat(e.source()).isEqualTo("schema.json");
    }

    @Test
    void missingFieldPointsAtTheObject() {
        SnapshotException e = error(table("          \"nullable\": false\n"));
        assertThat(e).hasMessage("schema.json:7:9: missing \"type\" (a type like \"int4\" or \"varchar(255)\") "
                + "in column \"email\" in table \"customers\"");
        e = error("{\"formatVersion\": 1, \"tables\": []}");
        assertThat(e).hasMessage("schema.json:1:1: missing \"sequences\" (an array) in the snapshot");
    }

    @Test
    void unknownFieldIsRejected() {
        SnapshotException e = error(table("          \"type\": \"text\",\n          \"nulable\": false\n"));
        assertThat(e).hasMessageStartingWith("schema.json:10:11: unknown field \"nulable\" in column #1 in table "
                + "\"customers\"; expected only name, type, nullable, default, identity");
    }

    @Test
    void truncatedFileSaysSo() {
        String whole = table("          \"type\": \"text\",\n          \"nullable\": false\n");
        String cut = whole.substring(0, whole.indexOf("\"nullable\"") + 5);
        SnapshotException e = error(cut);
        assertThat(e.getMessage()).startsWith("schema.json:10:").contains("unexpected end of file");
        e = error(whole.substring(0, whole.indexOf("  ],")));
        assertThat(e).hasMessage("schema.json:14:1: unexpected end of file: the snapshot is truncated "
                + "(the array opened at line 3, column 13 is not closed)");
    }

    @Test
    void unknownFormatVersionIsRejectedBeforeAnythingElse() {
        SnapshotException e = error("{\n  \"formatVersion\": 2,\n  \"tables\": 7\n}\n");
        assertThat(e).hasMessageStartingWith("schema.json:2:20: unsupported formatVersion 2: this version of Mifty "
                + "reads formatVersion 1");
        e = error("{\n  \"tables\": [],\n  \"sequences\": []\n}\n");
        assertThat(e).hasMessageStartingWith("schema.json:1:1: missing \"formatVersion\" (expected 1)");
        e = error("{\"formatVersion\": \"1\"}");
        assertThat(e).hasMessageStartingWith("schema.json:1:19: unsupported formatVersion the string \"1\"");
    }

    @Test
    void notAnObjectOrNotJson() {
        assertThat(error("[]")).hasMessageStartingWith("schema.json:1:1: expected a snapshot object");
        assertThat(error("")).hasMessageStartingWith("schema.json:1:1: the file is empty");
        assertThat(error("{\"formatVersion\": 1,, }").getMessage()).startsWith("schema.json:1:21: malformed JSON");
        assertThat(error("{\"formatVersion\": 1, \"tables\": [], \"sequences\": []} {}"))
                .hasMessageStartingWith("schema.json:1:53: unexpected content after the end");
    }

    @Test
    void badEnumAndDuplicates() {
        String fk = "{\"formatVersion\": 1, \"sequences\": [], \"tables\": [{\"name\": \"a\", \"columns\": [],\n"
                + " \"foreignKeys\": [{\"name\": \"fk\", \"columns\": [\"b\"], \"referencedTable\": \"b\","
                + " \"referencedColumns\": [\"id\"], \"onDelete\": \"explode\"}]}]}";
        assertThat(error(fk)).hasMessageStartingWith("schema.json:2:116: expected one of \"no action\", \"restrict\", "
                + "\"cascade\", \"set null\", \"set default\" for \"onDelete\" of foreign key \"fk\" in table \"a\"");
        String dup = "{\"formatVersion\": 1, \"sequences\": [], \"tables\": [{\"name\": \"a\", \"columns\": []},\n"
                + "{\"name\": \"a\", \"columns\": []}]}";
        assertThat(error(dup)).hasMessage("schema.json:2:1: table \"a\" appears twice; keep one");
        String seq = "{\"formatVersion\": 1, \"tables\": [], \"sequences\": [{\"name\": \"s\", \"start\": 1.5, \"increment\": 1}]}";
        assertThat(error(seq)).hasMessage("schema.json:1:73: expected an integer for \"start\" of sequence \"s\", "
                + "found the number 1.5");
    }
}
