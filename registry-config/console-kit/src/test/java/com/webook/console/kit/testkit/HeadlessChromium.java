package com.webook.console.kit.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromedriver, headless, for the consoles' browser tests: no browser download, no
 * background connections (this machine's network is closed), a profile of the test's own.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of(System.getProperty("webook.it.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("webook.it.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** Whether both are installed ({@code deploy/local/run.sh test} installs them). */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A browser with its profile under {@code dir}, 1440×900; quit it when done. */
    public static ChromeDriver start(Path dir) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,900", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** What the browser shows, as a PNG at {@code target} (kept in the module's target/ by the tests). */
    public static void screenshot(ChromeDriver browser, Path target) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
