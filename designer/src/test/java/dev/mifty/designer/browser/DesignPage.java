package dev.mifty.designer.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Design mode: the entities, their fields, the edit forms, the source diff, "Generate migration". */
public final class DesignPage extends DesignerPage {

    DesignPage(Browser browser) {
        super(browser);
        waitUntil(d -> !d.findElements(By.cssSelector("#entity-list li")).isEmpty());
    }

    public List<String> entities() {
        return stable(() -> driver.findElements(By.cssSelector("#entity-list li[data-entity]")).stream()
                .map(e -> e.getAttribute("data-entity")).toList());
    }

    public DesignPage select(String entity) {
        // the list is re-rendered whenever the entities are reloaded: click what is there now
        waitUntil(d -> {
            try {
                d.findElement(By.cssSelector("#entity-list li[data-entity='" + entity + "']")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        waitUntil(d -> d.findElement(By.id("entity-name")).getText().equals(entity)
                && !d.findElements(By.cssSelector("#entity-list li.selected[data-entity='" + entity + "']")).isEmpty());
        return this;
    }

    public List<String> fields() {
        return stable(() -> driver.findElements(By.cssSelector("#field-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-field")).toList());
    }

    /** Waits until the selected entity lists {@code field} (the list reloads after a save). */
    public DesignPage waitForField(String field) {
        waitUntil(d -> fields().contains(field));
        return this;
    }

    /** Fills "Add field" and clicks Preview; returns once the diff or an error is shown. */
    public DesignPage addField(String name, String type, Integer length, boolean nullable) {
        WebElement form = driver.findElement(By.id("add-field-form"));
        WebElement nameField = form.findElement(By.name("name"));
        nameField.clear();
        nameField.sendKeys(name);
        new Select(form.findElement(By.name("type"))).selectByVisibleText(type);
        WebElement lengthField = form.findElement(By.name("length"));
        lengthField.clear();
        if (length != null) {
            lengthField.sendKeys(String.valueOf(length));
        }
        WebElement box = form.findElement(By.name("nullable"));
        if (box.isSelected() != nullable) {
            box.click();
        }
        return previewWith(() -> form.findElement(By.cssSelector("button[type=submit]")).click());
    }

    public DesignPage addEntity(String name) {
        WebElement form = driver.findElement(By.id("add-entity-form"));
        WebElement field = form.findElement(By.name("entity"));
        field.clear();
        field.sendKeys(name);
        return previewWith(() -> form.findElement(By.cssSelector("button[type=submit]")).click());
    }

    private DesignPage previewWith(Runnable click) {
        driver.findElement(By.id("design-message")).getText();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('design-message').textContent = ''; document.getElementById('preview').hidden = true;");
        click.run();
        waitUntil(d -> d.findElement(By.id("preview")).isDisplayed()
                || !d.findElement(By.id("design-message")).getText().isBlank());
        return this;
    }

    public boolean previewShown() {
        return driver.findElement(By.id("preview")).isDisplayed();
    }

    public String diff() {
        return driver.findElement(By.id("preview-diff")).getText();
    }

    public String message() {
        return driver.findElement(By.id("design-message")).getText();
    }

    public DesignPage save() {
        driver.findElement(By.id("save-edit")).click();
        waitUntil(d -> d.findElement(By.id("design-message")).getText().startsWith("Saved")
                || d.findElement(By.id("design-message")).getAttribute("class").contains("error"));
        return this;
    }

    /** Clicks "Generate migration" and waits for the compiler's answer; returns the generated files. */
    public List<String> generate(String name) {
        WebElement field = driver.findElement(By.id("generate-name"));
        field.clear();
        if (name != null) {
            field.sendKeys(name);
        }
        driver.findElement(By.id("generate")).click();
        waitUntil(d -> {
            String text = d.findElement(By.id("design-message")).getText();
            return text.startsWith("Compiled") || text.startsWith("The sources do not compile")
                    || d.findElement(By.id("design-message")).getAttribute("class").contains("error");
        });
        return driver.findElements(By.cssSelector("#generated-files li")).stream().map(WebElement::getText).toList();
    }

    public String compilerOutput() {
        return driver.findElement(By.id("compiler-output")).getText();
    }

    public MigrationsPage reviewMigration() {
        driver.findElement(By.id("review-migration")).click();
        return new MigrationsPage(browser);
    }
}
