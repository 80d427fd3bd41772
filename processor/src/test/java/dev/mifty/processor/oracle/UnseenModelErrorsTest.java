package dev.mifty.processor.oracle;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mifty.processor.pipeline.MiftyCompiler;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that make Hibernate's own {@code create table} fail on PostgreSQL (it writes them unquoted):
 * what a new user writes first, e.g. an entity {@code User} without {@code @Table}. Mifty must stop
 * the build on the element and say how to fix it, not generate a migration Hibernate cannot use.
 */
class UnseenModelErrorsTest {

    @TempDir
    Path dir;

    @Test
    void anEntityNamedUserWithoutTableIsAnErrorOnTheClass() {
        JavaFileObject user = JavaFileObjects.forSourceString("blog.User", """
                package blog;

                import jakarta.persistence.*;

                @Entity
                public class User {
                    @Id @GeneratedValue
                    private Long id;
                    private String email;
                }
                """);
        Compilation c = compile(List.of(), user);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("'user' is a reserved word").inFile(user).onLine(6);
        assertThat(c).hadErrorContaining("@Table(name = ");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aFieldNamedLocalTimeUnderJpaNamingIsAnErrorOnTheField() {
        JavaFileObject reading = JavaFileObjects.forSourceString("iot.Reading", """
                package iot;

                import jakarta.persistence.*;
                import java.time.LocalTime;

                @Entity
                public class Reading {
                    @Id @GeneratedValue
                    private Long id;
                    private LocalTime localTime;
                }
                """);
        Compilation c = compile(List.of("-Amifty.naming=jpa"), reading);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("'localtime' is a reserved word").inFile(reading).onLine(10);
        assertThat(c).hadErrorContaining("@Column(name = ");
        assertThat(c.errors().get(0).getMessage(null)).doesNotContain("@Table");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void theSameFieldUnderSnakeCaseIsFine() {
        Compilation c = compile(List.of(), JavaFileObjects.forSourceString("iot.Reading", """
                package iot;

                import jakarta.persistence.*;
                import java.time.LocalTime;

                @Entity
                public class Reading {
                    @Id @GeneratedValue
                    private Long id;
                    private LocalTime localTime;
                }
                """));
        assertThat(c).succeededWithoutWarnings();
    }

    private Compilation compile(List<String> options, JavaFileObject... sources) {
        return MiftyCompiler.compile(dir, MiftyCompiler.CLOCK, options, List.of(sources));
    }
}
