package com.webook.job.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.webook.console.kit.testkit.HeadlessChromium;
import com.webook.job.demo.ExecutorProcess;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console in a real headless browser (Debian's chromium and chromedriver): an operator logs in, creates
 * a job, runs it once with a parameter, reads the executor's log text, takes an executor out of rotation
 * and finds all of it in the audit log. Screenshots of the dashboard and the jobs page are kept in
 * {@code target/}.
 */
class ConsoleBrowserIT extends JobAdminIT {

    @TempDir
    Path dir;

    WebDriver browser;
    WebDriverWait wait;
    ExecutorProcess executor;

    @BeforeEach
    void open() throws Exception {
        assertThat(HeadlessChromium.installed())
                .as("the console tests need Debian's chromium and chromium-driver (deploy/local/run.sh test installs them)")
                .isTrue();
        CleanSlate.once(jdbc);
        executor = ExecutorProcess.start("http://127.0.0.1:" + port + "/", ExecutorProtocolIT.APP, ExecutorProtocolIT.TOKEN,
                FreePorts.next(), dir.resolve("executor"), null);
        browser = HeadlessChromium.start(dir);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (executor != null) {
            executor.close();
        }
    }

    @Test
    void anOperatorRunsAJobFromTheBrowser() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");

        // a wrong password is refused and says so
        logIn("admin", "not-the-password");
        wait.until(ExpectedConditions.textToBe(By.id("login-error"), "wrong username or password"));
        logIn("admin", "it-admin-password-0123");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("runs-total")));

        // the executor is listed as live
        browser.findElement(By.cssSelector("a[data-page=executors]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr[data-address='" + executor.address() + "'] .pill.live")));

        // a new job
        String name = "browser-" + System.nanoTime();
        browser.findElement(By.cssSelector("a[data-page=jobs]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-job"))).click();
        type("job-app", ExecutorProtocolIT.APP);
        type("job-name", name);
        new Select(browser.findElement(By.id("job-schedule-type"))).selectByVisibleText("NONE");
        type("job-handler", "demoEcho");
        type("job-description", "made in the browser");
        browser.findElement(By.id("dialog-ok")).click();
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr[data-name='" + name + "']")));

        // run it once with a parameter, and read what the executor logged
        row.findElement(By.cssSelector("button[data-act=trigger]")).click();
        type("trigger-param", "from the browser");
        browser.findElement(By.id("dialog-ok")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("runs-table")));
        wait.until(driver -> {
            driver.findElement(By.id("filter-apply")).click();
            return !driver.findElements(By.cssSelector("#runs-table .pill.SUCCEEDED")).isEmpty();
        });
        browser.findElement(By.cssSelector("#runs-table button[data-act=log]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-log"),
                "hello from the demo executor, param=from the browser"));
        browser.findElement(By.id("dialog-cancel")).click();

        // take the executor out of rotation and put it back
        browser.findElement(By.cssSelector("a[data-page=executors]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "tr[data-address='" + executor.address() + "'] button[data-act=disable]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "tr[data-address='" + executor.address() + "'] .pill.out")));
        browser.findElement(By.cssSelector("tr[data-address='" + executor.address() + "'] button[data-act=enable]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "tr[data-address='" + executor.address() + "'] button[data-act=disable]")));

        // all of it is in the audit log
        browser.findElement(By.cssSelector("a[data-page=audit]")).click();
        WebElement audit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-table")));
        assertThat(audit.getText()).contains("job.create", "job.trigger", "executor.disable", "executor.enable", name);

        browser.findElement(By.cssSelector("a[data-page=dashboard]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("runs-total")));
        screenshot("console-dashboard.png");
        // the jobs page with a few more jobs, as the README shows it
        AdminApi api = new AdminApi(port, "admin", "it-admin-password-0123");
        for (String[] job : new String[][] {{"hot list: rank the last 7 days", "CRON", "0 */3 * * * ?"},
                {"search: check the index against MySQL", "CRON", "0 30 3 * * ?"}, {"feed: fan out", "FIXED_RATE", "5"}}) {
            Map<String, Object> body = ConsoleApiIT.job(job[0]);
            body.put("scheduleType", job[1]);
            body.put("schedule", job[2]);
            body.put("routing", "ROUND_ROBIN");
            long id = api.post("/api/v1/jobs", body).data().path("id").asLong();
            if (job[1].equals("FIXED_RATE")) {
                api.post("/api/v1/jobs/" + id + "/pause", Map.of());
            }
        }
        browser.findElement(By.cssSelector("a[data-page=jobs]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jobs-table")));
        screenshot("console.png");

        // logging out ends the session
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    }

    void screenshot(String name) throws java.io.IOException {
        HeadlessChromium.screenshot((ChromeDriver) browser, Path.of("target", name));
    }

    void logIn(String username, String password) {
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username")));
        user.clear();
        user.sendKeys(username);
        WebElement secret = browser.findElement(By.id("login-password"));
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }
}
