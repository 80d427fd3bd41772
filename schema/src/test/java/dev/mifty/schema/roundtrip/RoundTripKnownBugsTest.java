package dev.mifty.schema.roundtrip;

import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.snapshot.SnapshotCodec;
import dev.mifty.schema.testing.TestDatabases;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Minimal reproducers of differ bugs the round trip found; enable once fixed. */
class RoundTripKnownBugsTest {

    @Test
    void swapOfColumnsInASwappedTable() throws Exception {
        SnapshotCodec codec = new SnapshotCodec();
        Schema a = codec.read(resource("swap-in-swapped-table-a.json"), "a.json");
        Schema b = codec.read(resource("swap-in-swapped-table-b.json"), "b.json");
        QualifiedName select = QualifiedName.of("select");
        QualifiedName audit = QualifiedName.of("audit_log");
        RenameHints renames = new RenameHints(Map.of(select, audit, audit, select),
                Map.of(audit, Map.of("we\"ird", "ref_3451", "ref_3451", "we\"ird")));
        try (Connection connection = TestDatabases.connect(TestDatabases.newDatabase())) {
            new RoundTrip(connection, "bug").run(a, b, renames, "column swap inside a table swap");
        }
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = RoundTripKnownBugsTest.class.getResourceAsStream("/roundtrip/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
