package dev.mifty.designer.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The migrations view: every migration with its state; one migration's SQL and source; apply and roll back. */
public final class MigrationsPage extends DesignerPage {

    /** One row as shown. */
    public record Row(String version, String name, String state) {
    }

    MigrationsPage(Browser browser) {
        super(browser);
        waitUntil(d -> !d.findElements(By.cssSelector("#migrations-table tbody tr")).isEmpty()
                || !d.findElement(By.id("migrations-message")).getText().isBlank());
    }

    public List<Row> rows() {
        return stable(() -> driver.findElements(By.cssSelector("#migrations-table tbody tr")).stream().map(r -> {
            List<WebElement> cells = r.findElements(By.tagName("td"));
            return new Row(cells.get(0).getText(), cells.get(1).getText(), r.getAttribute("data-state"));
        }).toList());
    }

    /** Waits until the list shows {@code count} migrations (it reloads whenever the view is opened). */
    public MigrationsPage waitForRows(int count) {
        waitUntil(d -> rows().size() == count);
        return this;
    }

    /** Clicks "Apply pending migrations" and waits until every one has run (or one failed). */
    public MigrationsPage applyPending() {
        clearMessage();
        driver.findElement(By.id("apply-pending")).click();
        waitUntil(d -> {
            String text = d.findElement(By.id("migrations-message")).getText();
            return text.startsWith("Applied") || text.startsWith("Stopped") || text.startsWith("No pending");
        });
        return this;
    }

    public MigrationsPage rollback(int steps) {
        WebElement field = driver.findElement(By.id("rollback-steps"));
        field.clear();
        field.sendKeys(String.valueOf(steps));
        clearMessage();
        driver.findElement(By.id("rollback")).click();
        waitUntil(d -> d.findElement(By.id("migrations-message")).getText().startsWith("Rolled back"));
        return this;
    }

    private void clearMessage() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('migrations-message').textContent = ''");
    }

    public String message() {
        return driver.findElement(By.id("migrations-message")).getText();
    }

    /** Opens one migration's details. */
    public MigrationsPage openMigration(String version) {
        stable(() -> {
            driver.findElement(By.cssSelector("#migrations-table tr[data-version='" + version + "']")).click();
            return true;
        });
        waitUntil(d -> d.findElement(By.id("migration-title")).getText().startsWith(version));
        return this;
    }

    public String upSql() {
        return driver.findElement(By.id("migration-up")).getText();
    }

    public String downSql() {
        return driver.findElement(By.id("migration-down")).getText();
    }

    public String source() {
        return driver.findElement(By.id("migration-source")).getText();
    }

    public boolean actionsVisible() {
        return driver.findElement(By.id("apply-pending")).isDisplayed();
    }
}
