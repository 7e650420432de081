package io.tradegraph.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The system's Chromium (Debian's package; `.ci/run` installs it), driven by Playwright, which is told not to
 * download a browser of its own. Each page it opens records every console error, uncaught exception, failed request
 * and HTTP error, which the tests require to be none.
 */
public final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    public Chromium() {
        assertTrue(Files.isExecutable(EXECUTABLE), "The browser tests need Chromium at " + EXECUTABLE
                + ": install it (apt-get install -y chromium) or name another with -Dchromium.path=…");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // The flags a headless Chromium needs as root on a machine without outside network.
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh profile (no stored language, no cache) with a window of the given size. */
    public Tab open(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("vi-VN"));
        return new Tab(context, context.newPage());
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    public record Tab(BrowserContext context, Page page, List<String> problems) implements AutoCloseable {

        Tab(BrowserContext context, Page page) {
            this(context, page, new CopyOnWriteArrayList<>());
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    problems.add("console: " + message.text());
                }
            });
            page.onPageError(error -> problems.add("uncaught: " + error));
            // A request the page itself cancels (an area replaced by another before its answer came) is no failure.
            page.onRequestFailed(request -> {
                if (!"net::ERR_ABORTED".equals(request.failure())) {
                    problems.add("failed: " + request.url() + " " + request.failure());
                }
            });
            page.onResponse(response -> {
                if (response.status() >= 400) {
                    problems.add("HTTP " + response.status() + ": " + response.url());
                }
            });
        }

        public void screenshot(String name) {
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
