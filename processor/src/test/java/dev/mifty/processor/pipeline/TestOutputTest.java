package dev.mifty.processor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Test compilations are recognised by their class output folder (the end-to-end test runs Maven's). */
class TestOutputTest {

    @ParameterizedTest
    @CsvSource({
            "/work/shop/target/test-classes, true",
            "/work/shop/build/classes/java/test, true",
            "/work/shop/build/classes/kotlin/testFixtures, true",
            "/work/shop/build/classes/java/integrationTest, true",
            "/work/shop/target/classes, false",
            "/work/shop/build/classes/java/main, false",
            "/work/testing/target/classes, false",
            "/work/shop/out/test, false",
            "/, false"})
    void recognisesTestClassOutputs(String folder, boolean test) {
        assertThat(ProjectLayout.isTestOutput(Path.of(folder))).isEqualTo(test);
    }
}
