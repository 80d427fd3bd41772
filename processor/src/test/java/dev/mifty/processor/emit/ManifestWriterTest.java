package dev.mifty.processor.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import dev.mifty.schema.source.ManifestFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestWriterTest {

    @Test
    void aManifestOfTwentyThousandMigrationsReadsBackInOrder() {
        int count = 20_000;
        List<ManifestWriter.Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new ManifestWriter.Entry(String.format("2026%010d", i), "step_" + i, i % 2 == 0,
                    "%016x".formatted(i), ClassName.get("shop.migrations", "Steps", "Step" + i)));
        }
        String text = new ManifestWriter().write("shop.migrations", entries);
        assertThat(new ManifestWriter().write("shop.migrations", entries)).as("deterministic").isEqualTo(text);

        ManifestFile.Contents read = ManifestFile.parse(text, "test");
        assertThat(read.packageName()).isEqualTo("shop.migrations");
        assertThat(read.lines()).hasSize(count);
        ManifestFile.Line last = read.lines().get(count - 1);
        assertThat(last.version()).isEqualTo("20260000019999");
        assertThat(last.name()).isEqualTo("step_19999");
        assertThat(last.generated()).isFalse();
        assertThat(last.checksum()).isEqualTo("0000000000004e1f");
        assertThat(last.className()).as("binary name of a nested class").isEqualTo("shop.migrations.Steps$Step19999");
        assertThat(read.lines().get(250).version()).isEqualTo("20260000000250");
    }
}
