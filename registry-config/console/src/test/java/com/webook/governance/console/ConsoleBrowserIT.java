package com.webook.governance.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.webook.console.kit.testkit.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless browser (Debian's chromium and chromedriver): an operator logs in, finds
 * an app that sent a heartbeat, creates a flow rule, changes it, reads the change as a diff, rolls it back
 * and finds all of it in the audit log. A screenshot of the rules page is kept in {@code target/}.
 */
class ConsoleBrowserIT extends ConsoleIT {

    private final String app = "webook-browser-" + UUID.randomUUID().toString().substring(0, 6);

    @TempDir
    Path dir;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() {
        assertThat(HeadlessChromium.installed())
                .as("the console tests need Debian's chromium and chromium-driver (deploy/local/run.sh test installs them)")
                .isTrue();
        browser = HeadlessChromium.start(dir);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOperatorChangesARuleAndRollsItBackFromTheBrowser() throws Exception {
        assertThat(heartbeat(app, "127.0.0.1", 1).status()).isEqualTo(200);
        browser.get("http://127.0.0.1:" + port + "/");

        // a wrong password is refused and says so
        logIn(USER, "not-the-password");
        wait.until(ExpectedConditions.textToBe(By.id("login-error"), "wrong username or password"));
        logIn(USER, PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#apps-table tr[data-app='" + app + "']")));

        // a new flow rule for the app
        browser.findElement(By.cssSelector("a[data-page=rules]")).click();
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rule-app")))).selectByVisibleText(app);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rules-table"), "No rules of this type"));
        browser.findElement(By.id("new-rule")).click();
        type("f-resource", "GET:/articles/pub/{id}");
        type("f-count", "5");
        browser.findElement(By.id("dialog-ok")).click();
        WebElement rule = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rules-table tr[data-id]")));
        assertThat(rule.getText()).contains("GET:/articles/pub/{id}", "QPS ≤ 5");
        String id = rule.getAttribute("data-id");

        // changed to 7, seen as a diff
        browser.findElement(By.cssSelector("#rules-table button.edit")).click();
        type("f-count", "7");
        browser.findElement(By.id("dialog-ok")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rules-table"), "QPS ≤ 7"));
        browser.findElement(By.cssSelector("#history-table button.view")).click();
        WebElement diff = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("diff")));
        assertThat(diff.findElement(By.cssSelector(".add")).getText()).contains("\"count\": 7");
        assertThat(diff.findElement(By.cssSelector(".del")).getText()).contains("\"count\": 5");
        browser.findElement(By.id("dialog-cancel")).click();
        screenshot("governance-console.png");

        // rolled back to the first version
        browser.findElement(By.cssSelector("#history-table button.rollback")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dialog-ok"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rules-table"), "QPS ≤ 5"));
        assertThat(browser.findElement(By.cssSelector("#rules-table tr[data-id]")).getAttribute("data-id")).isEqualTo(id);

        // the services page reads the registry
        browser.findElement(By.cssSelector("a[data-page=services]")).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("services-table")),
                ExpectedConditions.textToBePresentInElementLocated(By.id("page"), "No Dubbo service")));

        // all of it is in the audit log, under the operator's name
        browser.findElement(By.cssSelector("a[data-page=audit]")).click();
        WebElement audit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-table")));
        assertThat(audit.getText()).contains("created rule " + id, "changed rule " + id, "rolled back to version", USER);

        // logging out ends the session
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot((ChromeDriver) browser, Path.of("target", name));
    }

    private void logIn(String username, String password) {
        type("login-username", username);
        type("login-password", password);
        browser.findElement(By.id("login-submit")).click();
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }
}
