package dev.mifty.designer.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The schema diagram: the table list, the Mermaid drawing, the table's details. */
public final class DiagramPage extends DesignerPage {

    DiagramPage(Browser browser) {
        super(browser);
        waitUntil(d -> !d.findElements(By.cssSelector("#diagram svg")).isEmpty()
                || !d.findElement(By.id("diagram")).getText().isBlank());
    }

    /** The tables drawn in the diagram, by their names. */
    public List<String> drawnTables() {
        return stable(() -> driver.findElements(By.cssSelector("#diagram [data-table]")).stream()
                .map(e -> e.getAttribute("data-table")).distinct().sorted().toList());
    }

    /** The tables in the sidebar list (after search). */
    public List<String> listedTables() {
        return stable(() -> driver.findElements(By.cssSelector("#table-list li")).stream()
                .map(e -> e.getAttribute("data-table")).toList());
    }

    public String countLine() {
        return driver.findElement(By.id("table-count")).getText();
    }

    /** Clicks the table's box in the drawing (not the list). */
    public DiagramPage clickTable(String table) {
        WebElement node = driver.findElement(By.cssSelector("#diagram [data-table='" + table + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", node);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node);
        waitUntil(d -> d.findElement(By.id("detail-name")).getText().equals(table));
        return this;
    }

    public String selectedTable() {
        return driver.findElement(By.id("detail-name")).getText();
    }

    /** The details panel's rows: {@code name type null key}. */
    public List<String> columns() {
        return stable(() -> driver.findElements(By.cssSelector("#detail-columns tbody tr")).stream()
                .map(r -> String.join(" ", r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).strip())
                .toList());
    }

    public List<String> foreignKeys() {
        return driver.findElements(By.cssSelector("#detail-fks li")).stream().map(WebElement::getText).toList();
    }

    public DiagramPage search(String text) {
        WebElement box = driver.findElement(By.id("table-search"));
        box.clear();
        box.sendKeys(text);
        return this;
    }

    /** Focuses the selected table: the drawing shows it and its neighbours only. */
    public DiagramPage focusSelected() {
        String before = driver.findElement(By.cssSelector("#diagram svg")).getAttribute("id");
        driver.findElement(By.id("focus-table")).click();
        waitUntil(d -> !d.findElement(By.cssSelector("#diagram svg")).getAttribute("id").equals(before));
        return this;
    }

    public DiagramPage showAll() {
        String before = driver.findElement(By.cssSelector("#diagram svg")).getAttribute("id");
        driver.findElement(By.id("show-all")).click();
        waitUntil(d -> !d.findElement(By.cssSelector("#diagram svg")).getAttribute("id").equals(before));
        return this;
    }

    public double drawingWidth() {
        return Double.parseDouble(driver.findElement(By.cssSelector("#diagram svg")).getAttribute("width"));
    }

    public DiagramPage zoomIn() {
        driver.findElement(By.id("zoom-in")).click();
        return this;
    }
}
