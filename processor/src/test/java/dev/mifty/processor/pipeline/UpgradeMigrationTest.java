package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Boot 3.5 application (Hibernate 6.6) moves to Boot 4 (here forced to 7.4): the next build generates one
 * migration named for the new line that brings the schema to its rules, and the snapshot records the line.
 */
class UpgradeMigrationTest {

    @TempDir
    Path dir;

    @Test
    void changeOfLineGeneratesTheUpgradeMigration() throws Exception {
        ShopProject project = new ShopProject(dir);
        String body = "    private java.time.LocalTime opensAt;\n    @Version private Integer revision;";
        Compilation first = project.build(List.of("-Amifty.hibernate=6.6"), ShopProject.customer(body));
        assertThat(first).succeeded();
        assertThat(first).hadNoteContaining("mapping entities as Hibernate ORM 6.6 does (forced by -Amifty.hibernate=6.6");
        assertThat(Files.readString(project.snapshot())).contains("\"hibernate\": \"6.6\"");

        Compilation second = project.build(List.of("-Amifty.hibernate=7.4"), ShopProject.customer(body));
        assertThat(second).succeeded();
        assertThat(project.migrations()).extracting(p -> p.getFileName().toString())
                .containsExactly("V20261124153000_CreateCustomers.java", "V20261124153001_UpgradeToHibernate74.java");
        String upgrade = Files.readString(project.migrations().get(1));
        assertThat(upgrade).contains("time(0)").containsIgnoringCase("set not null");
        assertThat(Files.readString(project.snapshot())).contains("\"hibernate\": \"7.4\"");

        Compilation third = project.build(List.of("-Amifty.hibernate=7.4"), ShopProject.customer(body));
        assertThat(third).succeeded();
        assertThat(project.migrations()).hasSize(2);
    }
}
