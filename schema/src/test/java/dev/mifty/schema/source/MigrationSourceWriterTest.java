package dev.mifty.schema.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationSourceWriterTest {

    static final MigrationSource TWO_STEPS = new MigrationSource("shop.migrations", "20261124153000",
            "add_phone_to_customers", "a", "b", List.of(
                    new MigrationSource.Step("Customer.phone: add", List.of("up 1"), List.of("down 1")),
                    new MigrationSource.Step("Customer: index", List.of("up 2a", "up 2b"), List.of("down 2"))),
            true);

    @Test
    void classNameIsVersionAndCamelCasedName() {
        assertThat(MigrationSourceWriter.className("20261124153000", "add_phone_to_customers"))
                .isEqualTo("V20261124153000_AddPhoneToCustomers");
        assertThat(MigrationSourceWriter.className("1", "rename phone-to mobile"))
                .isEqualTo("V1_RenamePhoneToMobile");
    }

    @Test
    void upRunsStepsInOrderAndDownUndoesThemInReverse() {
        String source = new MigrationSourceWriter().write(TWO_STEPS).toString();
        assertThat(source).containsSubsequence("void up(MigrationContext context)",
                "context.execute(UP_1);", "context.execute(UP_2);", "context.execute(UP_3);",
                "void down(MigrationContext context)", "context.execute(DOWN_1);", "context.execute(DOWN_2);");
        assertThat(source).contains("public static final String DOWN_1 = \"down 2\";",
                "public static final String DOWN_2 = \"down 1\";", "public static final String UP_3 = \"up 2b\";");
        assertThat(source).contains("@Migration(", "generated = true", "from = \"a\"", "to = \"b\"")
                .contains("implements dev.mifty.runtime.Migration");
        assertThat(source).doesNotContain("transactional");
    }

    @Test
    void constantValuesAreInDeclarationOrderAndFeedTheChecksum() {
        assertThat(MigrationSourceWriter.constantValues(TWO_STEPS))
                .containsExactly("up 1", "up 2a", "up 2b", "down 2", "down 1");
        assertThat(MigrationSourceWriter.checksum(TWO_STEPS))
                .isEqualTo(Checksums.ofStatements(List.of("up 1", "up 2a", "up 2b", "down 2", "down 1")));
    }

    @Test
    void sqlIsEscapedAsAJavaStringLiteral() {
        MigrationSource quoted = new MigrationSource("p", "1", "q", "a", "b", List.of(new MigrationSource.Step(
                "comment with */ inside", List.of("SELECT '\"x\"\\n'"), List.of("SELECT 1"))), false);
        String plain = new MigrationSourceWriter(false).write(quoted).toString();
        assertThat(plain).contains("UP_1 = \"SELECT '\\\"x\\\"\\\\n'\";");
        String source = new MigrationSourceWriter().write(quoted).toString();
        assertThat(source).contains("UP_1 = \"\"\"\n            SELECT '\"x\"\\\\n'\"\"\";").doesNotContain("* comment with */ inside").contains("// comment with */ inside")
                .contains("return false;");
    }
}
