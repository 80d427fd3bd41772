package dev.mifty.designer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.designer.Designer;
import dev.mifty.designer.support.Databases;
import dev.mifty.designer.support.ExampleProject;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.snapshot.SnapshotCodec;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's session with the example shop, in a real browser on a real PostgreSQL: look at the
 * diagram, apply the migrations, add a field in the browser, generate and review its migration,
 * apply it, and find the column in the database with Hibernate's {@code validate} passing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesignerBrowserTest {

    @TempDir
    static Path work;

    static Databases database;
    static ExampleProject shop;
    static Designer designer;
    static Browser browser;
    static DesignerPage page;

    @BeforeAll
    static void start() {
        database = Databases.fresh();
        shop = ExampleProject.copy(work);
        designer = Designer.start(new Designer.Options("127.0.0.1", 0, Map.of("DATABASE_URL", database.databaseUrl()),
                shop.dir, null, shop.project()), System.err);
        browser = Browser.start();
        page = new DesignerPage(browser);
        page.open(designer.url());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (designer != null) {
            designer.close();
        }
    }

    @Test
    @Order(1)
    void theDiagramShowsEveryTableOfTheModel() {
        List<String> expected = snapshot().tables().stream().map(t -> t.name().toString()).sorted().toList();

        DiagramPage diagram = page.diagram();

        assertThat(expected).contains("customer", "orders", "order_line", "product", "product_categories", "review", "category");
        assertThat(diagram.drawnTables()).isEqualTo(expected);
        assertThat(diagram.listedTables()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(page.databaseLabel()).doesNotContain(Databases.PASSWORD);
        assertThat(page.pageSource()).doesNotContain(Databases.PASSWORD);
        browser.screenshot("diagram");
    }

    @Test
    @Order(2)
    void clickingATableShowsItsColumnsAndFocusShowsItsNeighbours() {
        DiagramPage diagram = page.diagram().clickTable("customer");

        assertThat(diagram.columns()).contains("id int8 not null PK", "full_name varchar(120) not null",
                "email varchar(255) not null UK", "mobile varchar(255) null");

        diagram.clickTable("orders");
        assertThat(diagram.foreignKeys()).anyMatch(fk -> fk.startsWith("customer_id → customer (id)"));
        diagram.focusSelected();
        assertThat(diagram.drawnTables()).containsExactlyInAnyOrder("orders", "customer", "order_line");
        assertThat(diagram.countLine()).startsWith("Focused on orders: 3 of ");
        double width = diagram.drawingWidth();
        diagram.zoomIn();
        assertThat(diagram.drawingWidth()).isGreaterThan(width);
        browser.screenshot("diagram-focus");

        diagram.search("sku");
        assertThat(diagram.listedTables()).containsExactly("product");
        diagram.search("");
        diagram.showAll();
        assertThat(diagram.drawnTables()).hasSize(snapshot().tables().size());
    }

    @Test
    @Order(3)
    void theMigrationsViewShowsStateSqlAndSourceAndAppliesThemOneByOne() {
        MigrationsPage migrations = page.migrations();
        assertThat(migrations.rows()).extracting(MigrationsPage.Row::state).containsOnly("pending").hasSize(3);

        migrations.openMigration("20261124165044");
        assertThat(unquoted(migrations.upSql())).contains("CREATE TABLE customer (");
        assertThat(unquoted(migrations.downSql())).contains("DROP TABLE customer");
        assertThat(migrations.source()).contains("public final class V20261124165044_InitialSchema");

        migrations.applyPending();
        assertThat(migrations.message()).isEqualTo("Applied 3 migration(s).");
        assertThat(migrations.rows()).extracting(MigrationsPage.Row::state).containsOnly("applied");
        browser.screenshot("migrations");
    }

    @Test
    @Order(4)
    void theDriftViewSaysTheDatabaseMatchesTheModel() {
        DriftPage drift = page.drift();
        assertThat(drift.status()).isEqualTo("The database matches the model.");
        browser.screenshot("drift");
    }

    @Test
    @Order(5)
    void badInputGetsAClearMessageAndChangesNoFile() {
        String customer = shop.read("src/main/java/dev/mifty/example/shop/Customer.java");
        DesignPage design = page.design().select("Customer");

        design.addField("class", "String", null, true);
        assertThat(design.previewShown()).isFalse();
        assertThat(design.message()).contains("'class' is a Java keyword");

        design.addField("email", "String", null, true);
        assertThat(design.message()).contains("Customer already has a field 'email'");

        String product = shop.read("src/main/java/dev/mifty/example/shop/Product.java");
        design.select("Product");
        shop.write("src/main/java/dev/mifty/example/shop/Product.java", product.replace("private String sku;", "private String sku"));
        design.addField("weight", "BigDecimal", null, true);
        assertThat(design.message()).contains("Product.java does not parse").contains("line ");
        assertThat(shop.read("src/main/java/dev/mifty/example/shop/Product.java")).doesNotContain("weight");
        shop.write("src/main/java/dev/mifty/example/shop/Product.java", product);

        assertThat(shop.read("src/main/java/dev/mifty/example/shop/Customer.java")).isEqualTo(customer);
        assertThat(shop.migrations()).hasSize(3);
        browser.screenshot("design-error");
    }

    @Test
    @Order(6)
    void addAFieldGenerateReviewApplyEndsWithTheColumnInTheDatabase() throws Exception {
        String before = shop.read("src/main/java/dev/mifty/example/shop/Customer.java");
        DesignPage design = page.design().select("Customer");

        design.addField("nickname", "String", 40, true);
        assertThat(design.diff()).contains("+    @Column(length = 40)", "+    private String nickname;",
                "+    public String getNickname() {");
        browser.screenshot("design-preview");
        assertThat(shop.read("src/main/java/dev/mifty/example/shop/Customer.java")).isEqualTo(before);

        design.save();
        String after = shop.read("src/main/java/dev/mifty/example/shop/Customer.java");
        assertThat(after).contains("private String nickname;");
        assertThat(linesKeptInOrder(before, after)).isTrue();
        assertThat(design.waitForField("nickname").fields()).contains("nickname");

        List<String> generated = design.generate("add_nickname_to_customers");
        browser.screenshot("design-generated");
        assertThat(generated).as(design.compilerOutput()).singleElement().asString()
                .matches("src/main/java/dev/mifty/example/migrations/V\\d{14}_AddNicknameToCustomers\\.java");
        assertThat(shop.migrations()).hasSize(4);

        MigrationsPage migrations = design.reviewMigration().waitForRows(4);
        MigrationsPage.Row added = migrations.rows().get(3);
        assertThat(added.name()).isEqualTo("add_nickname_to_customers");
        assertThat(added.state()).isEqualTo("pending");
        migrations.openMigration(added.version());
        assertThat(unquoted(migrations.upSql())).contains("ALTER TABLE customer ADD COLUMN nickname varchar(40)");
        assertThat(migrations.source()).contains("class V" + added.version() + "_AddNicknameToCustomers");
        browser.screenshot("migrations-review");

        migrations.applyPending();
        assertThat(migrations.message()).isEqualTo("Applied 1 migration(s).");
        assertThat(database.columns("customer")).contains("nickname");
        hibernateValidates();

        assertThat(page.drift().status()).isEqualTo("The database matches the model.");
        assertThat(page.diagram().clickTable("customer").columns()).contains("nickname varchar(40) null");
    }

    @Test
    @Order(7)
    void rollingBackShowsTheDriftAndApplyingAgainFixesIt() throws Exception {
        MigrationsPage migrations = page.migrations().rollback(1);
        assertThat(migrations.message()).startsWith("Rolled back ").endsWith("_add_nickname_to_customers.");
        assertThat(migrations.rows().get(3).state()).isEqualTo("pending");
        assertThat(database.columns("customer")).doesNotContain("nickname");

        DriftPage drift = page.drift();
        assertThat(drift.status()).isEqualTo("The database differs from the model in 1 change(s):");
        assertThat(drift.changes()).containsExactly("+ customer.nickname varchar(40)");
        assertThat(unquoted(drift.sql())).contains("ALTER TABLE customer ADD COLUMN nickname varchar(40);");
        browser.screenshot("drift-differs");

        page.migrations().applyPending();
        assertThat(database.columns("customer")).contains("nickname");
        assertThat(page.drift().status()).isEqualTo("The database matches the model.");
    }

    /** The example's own Hibernate set-up ({@code hbm2ddl=validate}) on the designer's compiled classes. */
    private static void hibernateValidates() throws Exception {
        ClassLoader loader = designer.workspace().applicationLoader();
        Class<?> app = loader.loadClass("dev.mifty.example.ShopApplication");
        Method hibernate = app.getDeclaredMethod("hibernate", DataSource.class);
        hibernate.setAccessible(true);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try (AutoCloseable factory = (AutoCloseable) hibernate.invoke(null, designer.workspace().dataSource())) {
            assertThat(factory).isNotNull();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static boolean linesKeptInOrder(String before, String after) {
        List<String> kept = after.lines().toList();
        int at = 0;
        for (String line : before.lines().toList()) {
            at = kept.subList(at, kept.size()).indexOf(line);
            if (at < 0) {
                return false;
            }
        }
        return true;
    }

    private static Schema snapshot() {
        return new SnapshotCodec().readOrEmpty(shop.file("src/main/resources/db/mifty/schema.json"));
    }

    /** SQL without identifier quotes: the dialect quotes only where PostgreSQL needs it, and tests do not depend on which. */
    private static String unquoted(String sql) {
        return sql.replace("\"", "");
    }
}
