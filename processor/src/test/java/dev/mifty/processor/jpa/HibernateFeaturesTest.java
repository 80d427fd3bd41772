package dev.mifty.processor.jpa;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.Table;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the Hibernate features do where the oracle cannot show it: messages on the element, what is left out. */
class HibernateFeaturesTest {

    private static final JavaFileObject POINT = ReaderHarness.source("x.Point",
            "package x;",
            "@jakarta.persistence.Embeddable @org.hibernate.annotations.Struct(name = \"point\")",
            "public class Point { Integer x; Integer y; }");

    private static final JavaFileObject FLAG = ReaderHarness.source("x.FlagConverter",
            "package x;",
            "public class FlagConverter implements jakarta.persistence.AttributeConverter<Boolean, String> {",
            "  public String convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? \"on\" : \"off\"; }",
            "  public Boolean convertToEntityAttribute(String s) { return \"on\".equals(s); }",
            "}");

    @Test
    void anElementCollectionOfStructsIsAnErrorOnTheField() {
        JavaFileObject shape = ReaderHarness.source("x.Shape",
                "package x;",
                "import jakarta.persistence.*;",
                "@Entity public class Shape {",
                "  @Id Long id;",
                "  Point origin;",
                "  @ElementCollection java.util.List<Point> corners;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, POINT, shape);
        assertThat(r.compilation()).hadErrorContaining("[mifty:unsupported] Shape.corners uses an @ElementCollection of a"
                + " @Struct embeddable (Point)").inFile(shape).onLineContaining("corners;");
    }

    @Test
    void aSoftDeleteWithAUsersConverterKeepsItsTypeAndNamesTheCheckItLeavesOut() {
        JavaFileObject memo = ReaderHarness.source("x.Memo",
                "package x;",
                "import jakarta.persistence.*;",
                "@Entity @org.hibernate.annotations.SoftDelete(converter = FlagConverter.class)",
                "public class Memo { @Id Long id; }");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, FLAG, memo);
        assertThat(r.compilation()).hadWarningContaining("[mifty:not-mapped] Memo @SoftDelete is a Boolean behind"
                + " x.FlagConverter: Hibernate adds a check on memo.deleted").inFile(memo).onLineContaining("class Memo");
        Table t = r.model().schema().tables().get(0);
        assertThat(t.column("deleted").get().type().name()).isEqualTo("varchar");
        assertThat(t.column("deleted").get().nullable()).isFalse();
        assertThat(t.checks()).isEmpty();
    }

    @Test
    void aNamedEnumBehindAConverterStaysItsConvertedTypeWithAWarning() {
        JavaFileObject mood = ReaderHarness.source("x.Mood", "package x;", "public enum Mood { UP, DOWN }");
        JavaFileObject converter = ReaderHarness.source("x.MoodConverter",
                "package x;",
                "public class MoodConverter implements jakarta.persistence.AttributeConverter<Mood, String> {",
                "  public String convertToDatabaseColumn(Mood m) { return m == null ? null : m.name(); }",
                "  public Mood convertToEntityAttribute(String s) { return s == null ? null : Mood.valueOf(s); }",
                "}");
        JavaFileObject day = ReaderHarness.source("x.Day",
                "package x;",
                "import jakarta.persistence.*;",
                "@Entity public class Day {",
                "  @Id Long id;",
                "  @Convert(converter = MoodConverter.class)",
                "  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.NAMED_ENUM) Mood mood;",
                "}");
        ReaderHarness.Result r = ReaderHarness.read(Naming.SNAKE_CASE, mood, converter, day);
        assertThat(r.compilation()).hadWarningContaining("[mifty:not-mapped] Day.mood uses @JdbcTypeCode(6001)")
                .inFile(day).onLineContaining("Mood mood;");
        assertThat(r.model().schema().enumTypes()).isEmpty();
    }
}
