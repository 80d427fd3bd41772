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
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Minimal reproducers of differ bugs the round trip found; enable once fixed. */
class RoundTripKnownBugsTest {

    @Disabled("bug: SchemaDiffer does not apply the column-swap hints we\"ird <-> ref_3451 when one of them is a "
            + "foreign-key column (here in a table whose name is swapped too, select <-> audit_log): it alters "
            + "we\"ird from int2 to int4 and moves the foreign key instead of swapping, so the row's values end up "
            + "in the wrong columns (model equal, data not). Random pair 477 of seed 12; also pair 356 of seed 23 "
            + "with -Dmifty.steps=8 (no table swap).")
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
