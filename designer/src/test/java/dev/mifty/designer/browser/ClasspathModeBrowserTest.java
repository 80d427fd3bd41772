package dev.mifty.designer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.designer.Designer;
import dev.mifty.designer.support.BigModelManifest;
import dev.mifty.designer.support.CompiledExample;
import dev.mifty.designer.support.Databases;
import dev.mifty.designer.support.ExampleProject;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/** The designer as the CLI starts it (the application's classes on the classpath, no sources to edit). */
class ClasspathModeBrowserTest {

    @TempDir
    static Path work;

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void productionShowsEverythingReadOnlyAndTheServerRefusesActions() throws Exception {
        ExampleProject shop = ExampleProject.copy(work.resolve("production"));
        ClassLoader app = CompiledExample.compile(shop);
        Databases database = Databases.fresh();
        try (Designer designer = Designer.start(new Designer.Options("127.0.0.1", 0,
                Map.of("DATABASE_URL", database.databaseUrl(), "MIFTY_ENV", "production"), shop.dir, app, null), System.err)) {
            DesignerPage page = new DesignerPage(browser);
            page.open(designer.url());

            assertThat(page.environment()).isEqualTo("production");
            assertThat(page.banner()).contains("read-only");
            assertThat(page.diagram().drawnTables()).contains("customer", "orders");
            assertThat(page.visible("tab-design")).isFalse();
            MigrationsPage migrations = page.migrations();
            assertThat(migrations.rows()).extracting(MigrationsPage.Row::state).containsOnly("pending");
            assertThat(migrations.actionsVisible()).isFalse();
            assertThat(migrations.openMigration("20261124165044").source()).contains("class V20261124165044_InitialSchema");
            assertThat(page.pageSource()).doesNotContain(Databases.PASSWORD);
            browser.screenshot("production");

            // the page hides the buttons; the server refuses the request itself, token or not
            Object answer = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/migrate', {method: 'POST', headers: {'X-Mifty-Token': arguments[0]}, body: '{}'})
                      .then(r => r.json().then(j => done(r.status + ' ' + j.error)));
                    """, designer.token());
            assertThat(answer).asString().startsWith("403 the designer is read-only in production");
            try (var c = database.connect(); ResultSet rs = c.getMetaData().getTables(null, "public", "%", null)) {
                assertThat(rs.next()).as("no table was created").isFalse();
            }
        }
    }

    @Test
    void aModelOfMoreThanAHundredTablesIsDrawnSearchedAndFocused() throws Exception {
        Path classes = Files.createDirectories(work.resolve("big"));
        BigModelManifest.writeTo(classes);
        ClassLoader app = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        Databases database = Databases.fresh();
        try (Designer designer = Designer.start(new Designer.Options("127.0.0.1", 0,
                Map.of("DATABASE_URL", database.databaseUrl()), work, app, null), System.err)) {
            long started = System.nanoTime();
            DiagramPage diagram = new DesignerPage(browser).open(designer.url());
            List<String> drawn = diagram.drawnTables();
            browser.screenshot("diagram-120-tables");
            System.out.printf("diagram of %d tables drawn in %d ms%n", drawn.size(), (System.nanoTime() - started) / 1_000_000);

            assertThat(drawn).hasSize(BigModelManifest.TABLES);
            assertThat(diagram.countLine()).isEqualTo("120 tables (names only: focus a table to see its columns)");

            diagram.search("warehouse_017");
            assertThat(diagram.listedTables()).containsExactly("warehouse_017");
            diagram.clickTable("warehouse_017").focusSelected();
            // its parent (017 / 2 = 8) and its children (34, 35)
            assertThat(diagram.drawnTables()).containsExactly("warehouse_008", "warehouse_017", "warehouse_034", "warehouse_035");
            assertThat(diagram.columns()).contains("parent_id int8 null FK", "name varchar(120) not null");
            browser.screenshot("diagram-120-focus");
        }
    }
}
