package dev.mifty.schema.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text blocks and plain literals compile (real javac) to exactly the statement. */
class SqlLiteralTest {

    static final List<String> STATEMENTS = List.of(
            "ALTER TABLE customer ADD COLUMN phone varchar(20)",
            "CREATE TABLE review (\n    rating smallint NOT NULL,\n    id bigint NOT NULL,\n"
                    + "    CONSTRAINT review_pkey PRIMARY KEY (id)\n)",
            "CREATE TABLE \"Order\" (\n    \"user\" integer\n)",
            "ALTER TABLE \"Order\" RENAME TO \"order\"",
            "COMMENT ON TABLE t IS 'three \"\"\" quotes and a backslash \\ and \\n'",
            "ends with a quote \"",
            "ends with two quotes \"\"",
            "line with trailing blanks   \nnext\t\nlast  ",
            "\n\nblank lines\n\n   \nin between\n",
            "carriage\r\nreturn and \u0001 control and unicode \\u0041 text é",
            "   indented\n   only",
            "\"\"\"\"\"\"");

    @Test
    void everyStatementCompilesToItself(@TempDir Path dir) throws Exception {
        for (boolean textBlocks : new boolean[] {true, false}) {
            TypeSpec.Builder type = TypeSpec.classBuilder("Literals").addModifiers(Modifier.PUBLIC);
            for (int i = 0; i < STATEMENTS.size(); i++) {
                type.addField(FieldSpec.builder(String.class, "S" + i, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer(SqlLiteral.of(STATEMENTS.get(i), textBlocks)).build());
            }
            Path out = dir.resolve(textBlocks ? "blocks" : "plain");
            Class<?> compiled = compile(JavaFile.builder("t", type.build()).build(), out);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < STATEMENTS.size(); i++) {
                values.add((String) compiled.getField("S" + i).get(null));
            }
            assertThat(values).as("text blocks: %s", textBlocks).isEqualTo(STATEMENTS);
        }
    }

    @Test
    void multiLineAndQuotedStatementsBecomeTextBlocksOthersStayPlain() {
        // (a CodeBlock alone prints with JavaPoet's default indent of two spaces)
        assertThat(SqlLiteral.of(STATEMENTS.get(0), true).toString()).isEqualTo("\"" + STATEMENTS.get(0) + "\"");
        assertThat(SqlLiteral.of(STATEMENTS.get(1), true).toString())
                .isEqualTo("\"\"\"\n    CREATE TABLE review (\n        rating smallint NOT NULL,\n        id bigint NOT NULL,\n"
                        + "        CONSTRAINT review_pkey PRIMARY KEY (id)\n    )\"\"\"");
        assertThat(SqlLiteral.of(STATEMENTS.get(3), true).toString())
                .isEqualTo("\"\"\"\n    ALTER TABLE \"Order\" RENAME TO \"order\\\"\"\"\"");
        assertThat(SqlLiteral.of(STATEMENTS.get(1), false).toString()).startsWith("\"CREATE TABLE review (\\n\"");
        assertThat(SqlLiteral.of(STATEMENTS.get(10), true).toString()).startsWith("\"   indented\\n");
    }

    private static Class<?> compile(JavaFile file, Path out) throws IOException, ClassNotFoundException {
        Path src = out.resolve("src");
        file.writeTo(src);
        Path classes = Files.createDirectories(out.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "--release", "17", "-d", classes.toString(),
                src.resolve("t/Literals.java").toString());
        assertThat(rc).as("javac of %s", file).isZero();
        URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, null);
        return loader.loadClass("t.Literals");
    }
}
