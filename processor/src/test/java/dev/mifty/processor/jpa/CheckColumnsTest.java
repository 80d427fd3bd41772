package dev.mifty.processor.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The column an unnamed check is named after, as PostgreSQL picks it (one column used: its name; else none). */
class CheckColumnsTest {

    private static final List<String> COLUMNS = List.of("low", "high", "status", "dtype", "Mixed");

    @Test
    void oneColumnNamesTheCheck() {
        assertThat(CheckColumns.single("low >= -50", COLUMNS)).isEqualTo("low");
        assertThat(CheckColumns.single("status in ('low','high')", COLUMNS)).isEqualTo("status");
        assertThat(CheckColumns.single("LOW between 0 and 2 or low is null", COLUMNS)).isEqualTo("low");
    }

    @Test
    void severalOrNoColumnsNameNone() {
        assertThat(CheckColumns.single("low <= high", COLUMNS)).isNull();
        assertThat(CheckColumns.single("dtype <> 'Cat' or (low is not null)", COLUMNS)).isNull();
        assertThat(CheckColumns.single("1 = 1", COLUMNS)).isNull();
    }

    @Test
    void literalsFunctionsAndQuotedNamesAreReadAsPostgresqlDoes() {
        assertThat(CheckColumns.single("status <> 'it''s high'", COLUMNS)).isEqualTo("status");
        assertThat(CheckColumns.single("high(3) > 0 and low > 0", COLUMNS)).isEqualTo("low"); // a call is no column
        assertThat(CheckColumns.single("\"Mixed\" > 0 and mixed > 0", COLUMNS)).isEqualTo("Mixed");
    }
}
