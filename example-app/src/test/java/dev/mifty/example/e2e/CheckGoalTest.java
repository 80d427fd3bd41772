package dev.mifty.example.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn mifty:check} on a copy of the example app: the answer never depends on {@code target/}. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckGoalTest {

    private static final String CUSTOMER = "src/main/java/dev/mifty/example/shop/Customer.java";
    private static final String SNAPSHOT = "src/main/resources/db/mifty/schema.json";

    @TempDir
    static Path work;

    private static UserProject project;

    @BeforeAll
    static void copyProject() throws Exception {
        project = UserProject.copyOf(Path.of("").toAbsolutePath(), work);
    }

    @Test
    @Order(1)
    void aPendingChangeFailsRightAfterASuccessfulCompile() throws Exception {
        List<String> migrations = project.migrations();
        String snapshot = project.read(SNAPSHOT);
        project.edit(CUSTOMER, "    private String mobile;\n",
                "    private String mobile;\n\n    private Integer loyaltyPoints;\n");

        // compile without generating (as an IDE build would): target/ is up to date with the change
        UserProject.Result build = project.mvn("compile", "-Dmifty.mode=off", "mifty:check");

        assertThat(build.output()).contains("BUILD FAILURE", "Pending SQL:", "loyalty_points",
                "mifty:check: the entities and the committed snapshot/migrations disagree");
        assertThat(build.output().indexOf("--- maven-compiler-plugin")).as("compiled first").isPositive()
                .isLessThan(build.output().indexOf("mifty-maven-plugin:0.1.0-SNAPSHOT:check"));
        assertThat(build.exit()).isNotZero();
        assertThat(project.migrations()).isEqualTo(migrations);
        assertThat(project.read(SNAPSHOT)).isEqualTo(snapshot);
    }

    @Test
    @Order(2)
    void entitiesInSyncPassWhateverTargetHolds() throws Exception {
        project.edit(CUSTOMER, "    private String mobile;\n\n    private Integer loyaltyPoints;\n",
                "    private String mobile;\n");

        UserProject.Result check = project.mvn("mifty:check");

        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("mifty:check: the entities match the committed snapshot and migrations");
    }
}
