package dev.mifty.designer.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every view shares: the tabs, the header, waiting. The views' page objects extend it. */
public class DesignerPage {

    protected final Browser browser;
    protected final WebDriver driver;

    public DesignerPage(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver;
    }

    /** Opens the URL the designer printed and waits for the diagram view. */
    public DiagramPage open(String url) {
        driver.get(url);
        waitUntil(d -> !d.findElement(By.id("env-badge")).getText().isEmpty() || d.findElement(By.id("banner")).isDisplayed());
        return new DiagramPage(browser);
    }

    public DiagramPage diagram() {
        tab("diagram");
        return new DiagramPage(browser);
    }

    public MigrationsPage migrations() {
        tab("migrations");
        return new MigrationsPage(browser);
    }

    public DriftPage drift() {
        tab("drift");
        return new DriftPage(browser);
    }

    public DesignPage design() {
        tab("design");
        return new DesignPage(browser);
    }

    public String banner() {
        WebElement banner = driver.findElement(By.id("banner"));
        return banner.isDisplayed() ? banner.getText() : "";
    }

    public String environment() {
        return driver.findElement(By.id("env-badge")).getText();
    }

    public String databaseLabel() {
        return driver.findElement(By.id("database")).getText();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public boolean visible(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** Opens a view; what it showed before is cleared first, so the view's page object waits for the fresh load. */
    private void tab(String view) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const clear = {diagram: '#diagram', migrations: '#migrations-table tbody', drift: '#drift-status'}[arguments[0]];
                if (clear) document.querySelector(clear).replaceChildren();
                """, view);
        driver.findElement(By.cssSelector("#tabs button[data-view='" + view + "']")).click();
        waitUntil(d -> d.findElement(By.id("view-" + view)).isDisplayed());
    }

    /** Reads the page again when it re-rendered under the read (lists are rebuilt on every reload). */
    protected <T> T stable(java.util.function.Supplier<T> read) {
        return waitUntil(d -> {
            try {
                return read.get();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    protected <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition);
    }

    protected WebElement visibleElement(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
