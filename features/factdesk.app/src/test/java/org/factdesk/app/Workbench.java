package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workbench page as the tests drive it: sign-in, perspectives, keys, and what the views show. */
final class Workbench {
    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    Workbench(WebDriver driver, int port) {
        this.driver = driver;
        this.base = "http://127.0.0.1:" + port + "/";
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    void signIn(String name, String password) {
        driver.get(base);
        WebElement nameField = until(By.id("sign-in-name"));
        wait.until(d -> nameField.isDisplayed());
        nameField.clear();
        nameField.sendKeys(name);
        driver.findElement(By.id("sign-in-password")).sendKeys(password);
        driver.findElement(By.id("sign-in-submit")).click();
        wait.until(d -> d.findElement(By.id("user")).getText().startsWith(name + " ·"));
        until(By.cssSelector("[data-view-id='review.queue'] tbody tr"));
    }

    void signOut() {
        driver.findElement(By.id("sign-out")).click();
        wait.until(d -> d.findElement(By.id("sign-in")).isDisplayed());
    }

    void perspective(String name) {
        click(By.cssSelector("[data-perspective='" + name + "']"));
        wait.until(d -> name.equals(d.findElement(By.id("workbench")).getDomAttribute("data-perspective")));
    }

    void press(CharSequence... keys) {
        // keys go to the page, not to a field that happens to have the focus
        ((JavascriptExecutor) driver).executeScript("if (document.activeElement) document.activeElement.blur();");
        new Actions(driver).sendKeys(keys).perform();
    }

    WebElement until(By by) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Clicks what the selector finds, again if the view re-rendered it in between. */
    void click(By by) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(by);
            if (found.isEmpty()) {
                return false;
            }
            found.get(0).click();
            return true;
        });
    }

    void until(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    void untilText(By by, String contained) {
        wait.until(d -> {
            List<WebElement> found = d.findElements(by);
            // the DOM's text, not the rendered one: CSS may change its case
            return !found.isEmpty() && found.get(0).getDomProperty("textContent").contains(contained);
        });
    }

    void untilGone(By by) {
        wait.until(d -> d.findElements(by).isEmpty());
    }

    String selectedFlag() {
        List<WebElement> rows = driver.findElements(By.cssSelector("[data-view-id='review.queue'] tr.selected"));
        return rows.isEmpty() ? null : rows.get(0).getDomAttribute("data-id");
    }

    /** j (or k) and wait until the table's selection moved and the inspector shows the new flag. */
    String move(String key) {
        String before = selectedFlag();
        press(key);
        wait.until(d -> selectedFlag() != null && !selectedFlag().equals(before));
        String id = selectedFlag();
        inspectorShows(id);
        return id;
    }

    /** Waits until the inspector has loaded the flag (its details, evidence and history). */
    void inspectorShows(String id) {
        wait.until(d -> d.findElements(By.cssSelector("#inspector:not(.loading)")).stream()
                .anyMatch(e -> id.equals(e.getDomAttribute("data-flag"))));
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    void assertNoAlert() {
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("an alert opened: " + text);
        } catch (NoAlertPresentException expected) {
            assertTrue(true);
        }
    }

    static CharSequence escape() {
        return Keys.ESCAPE;
    }
}
