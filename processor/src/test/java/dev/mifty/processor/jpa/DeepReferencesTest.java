package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Long chains of references are resolved without recursion: a ring of entities, each referencing the
 * next, read on a thread with a small stack (a recursive resolution needs several frames per entity in
 * the chain, so 600 entities overflow 512 KB; a 5,000-entity ring overflowed javac's default 1 MB).
 */
class DeepReferencesTest {

    private static final int ENTITIES = 600;

    @Test
    void aLongRingOfReferencesIsReadOnASmallStack() throws Exception {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            sources.add(ReaderHarness.source("ring.E" + i,
                    "package ring;",
                    "@jakarta.persistence.Entity public class E" + i + " {",
                    "    @jakarta.persistence.Id private Long id;",
                    "    @jakarta.persistence.ManyToOne private E" + (i + 1) % ENTITIES + " next;",
                    "}"));
        }
        AtomicReference<ReaderHarness.Result> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(null, () -> {
            try {
                result.set(ReaderHarness.read(Naming.SNAKE_CASE, sources));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 512 * 1024);
        reader.start();
        reader.join();

        assertThat(failure.get()).isNull();
        assertThat(result.get().compilation()).succeededWithoutWarnings();
        var tables = result.get().model().schema().tables();
        assertThat(tables).hasSize(ENTITIES);
        assertThat(tables).allSatisfy(t -> assertThat(t.foreignKeys()).hasSize(1));
    }
}
