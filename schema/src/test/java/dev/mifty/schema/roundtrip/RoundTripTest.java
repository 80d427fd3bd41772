package dev.mifty.schema.roundtrip;

import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.testing.RandomSchemas;
import dev.mifty.schema.testing.TestDatabases;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The round-trip property: for every pair (A, B), the rendered diff A -> B turns a database holding
 * A into one whose introspected model equals B, keeping the rows of every table and column it does
 * not drop; the inverse changes in reverse order give A again. Hand-written pairs, then
 * {@value #RANDOM_PAIRS} random ones from a printed seed ({@code -Dmifty.seed=...} to replay one
 * run; {@code -Dmifty.pairs=...} for more pairs). Each pair runs in its own schema inside a
 * transaction that is rolled back, on one shared database.
 */
class RoundTripTest {

    static final int RANDOM_PAIRS = 250;

    private static Connection connection;
    private static int counter;

    @BeforeAll
    static void connect() throws Exception {
        connection = TestDatabases.connect(TestDatabases.newDatabase());
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    @TestFactory
    Stream<DynamicTest> handWrittenPairs() {
        return HandWrittenPairs.all().stream().map(p -> DynamicTest.dynamicTest(p.name(),
                () -> run(p.from(), p.to(), p.renames(), "hand-written pair: " + p.name())));
    }

    @TestFactory
    Stream<DynamicTest> randomPairs() {
        long seed = RandomSchemas.seed();
        int pairs = Integer.getInteger("mifty.pairs", RANDOM_PAIRS);
        System.out.println("RoundTripTest: seed " + seed + " (replay with -Dmifty.seed=" + seed + "), " + pairs + " pairs");
        RandomSchemas generator = new RandomSchemas(new Random(seed));
        List<RandomSchemas.Pair> all = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            all.add(generator.pair());
        }
        return all.stream().map(p -> {
            int number = all.indexOf(p) + 1;
            String name = "random pair " + number + " of seed " + seed;
            return DynamicTest.dynamicTest(name, () -> run(p.from(), p.to(), p.renames(),
                    name + "; steps: " + p.steps()));
        });
    }

    private static void run(Schema a, Schema b, RenameHints renames, String description) throws Exception {
        new RoundTrip(connection, "rt_" + (++counter)).run(a, b, renames, description);
    }
}
