package dev.mifty.designer.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The drift view: the live database against the model. */
public final class DriftPage extends DesignerPage {

    DriftPage(Browser browser) {
        super(browser);
        waitUntil(d -> !d.findElement(By.id("drift-status")).getText().isBlank()
                || !d.findElement(By.id("drift-message")).getText().isBlank());
    }

    public String status() {
        return driver.findElement(By.id("drift-status")).getText();
    }

    public List<String> changes() {
        return driver.findElements(By.cssSelector("#drift-changes li")).stream().map(WebElement::getText).toList();
    }

    public String sql() {
        return driver.findElement(By.id("drift-sql")).getText();
    }
}
