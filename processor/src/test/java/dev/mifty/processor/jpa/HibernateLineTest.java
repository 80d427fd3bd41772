package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.Table;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The line decides the rules: the same entity read as Hibernate 6.6 and as 7.4 (forced with mifty.hibernate). */
class HibernateLineTest {

    private static final JavaFileObject COVER = ReaderHarness.source("x.Cover",
            "package x;",
            "import jakarta.persistence.*;",
            "@Entity public class Cover {",
            "  @Id Long id;",
            "  String s3CoverKey;",
            "  java.time.LocalTime opensAt;",
            "  @Version Integer revision;",
            "  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.INTERVAL_SECOND) java.time.Duration gone;",
            "}");

    @Test
    void parsesLinesAndPatchVersions() {
        assertThat(HibernateLine.parse("7.4")).isEqualTo(HibernateLine.V7_4);
        assertThat(HibernateLine.parse("6.6.56.Final")).isEqualTo(HibernateLine.V6_6);
        assertThat(HibernateLine.parse("7.9")).isEqualTo(HibernateLine.V7_4);
        assertThat(HibernateLine.parse("8.0")).isNull();
        assertThat(HibernateLine.parse("seven")).isNull();
    }

    @Test
    void hibernate66RulesOnTheProcessorsOwnClasspath() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, COVER);
        Table t = r.model().schema().tables().get(0);
        assertThat(t.column("s3cover_key")).isPresent();
        assertThat(t.column("opens_at").get().type().precision()).isEqualTo(6);
        assertThat(t.column("revision").get().nullable()).isTrue();
    }

    @Test
    void hibernate74RulesWhenForced() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, "7.4", COVER);
        Table t = r.model().schema().tables().get(0);
        assertThat(t.column("s3_cover_key")).isPresent();
        assertThat(t.column("opens_at").get().type().precision()).isEqualTo(0);
        assertThat(t.column("revision").get().nullable()).isFalse();
    }

    @Test
    void whatChangesTheSchemaButIsNotMappedIsAWarningOnTheElement() {
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, COVER);
        assertThat(r.compilation()).hadWarningContaining("[mifty:not-mapped] Cover.gone uses @JdbcTypeCode(3100)")
                .inFile(COVER).onLineContaining("Duration gone");
    }
}
