package dev.mifty.schema.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionOrderTest {

    @Test
    void numbersFirstThenTheSuffixSoASquashSortsRightAfterWhatItReplaces() {
        List<String> versions = new ArrayList<>(List.of("20261124153001", "10", "20261124153000.1", "9",
                "20261124153000", "9.1", "20261124153000.1.1"));
        versions.sort(VersionOrder.COMPARATOR);
        assertThat(versions).containsExactly("9", "9.1", "10", "20261124153000", "20261124153000.1",
                "20261124153000.1.1", "20261124153001");
        assertThat(VersionOrder.squashVersion("20261124153000")).isEqualTo("20261124153000.1");
        assertThat(VersionOrder.compare("20261124153000", "20261124153000")).isZero();
    }
}
