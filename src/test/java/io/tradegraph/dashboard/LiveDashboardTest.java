package io.tradegraph.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.EditorKeys;

/** The page follows the data: an editor's write about the area shown appears without a reload. */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class LiveDashboardTest {

    private static final String IMPORT = "mutation($figures: [FigureInput!]!) { importFigures(source: \"t_live\", "
            + "figures: $figures) { added } }";

    @TestHTTPResource("/")
    URL root;

    private final String token = EditorKeys.token("lena");

    @Test
    void aFigureWrittenAboutTheShownAreaAppearsWithoutAReload() throws Exception {
        EditorKeys.write(token, "mutation { addSource(source: {code: \"t_live\", title: \"Live\", publisher: \"Báo Thử\", "
                + "publishedOn: \"2025-10-06\", url: \"https://news.example.org/live\", "
                + "text: \"xuất khẩu đạt 1,2 tỷ USD\"}) { code } }", Map.of());
        try (Chromium chromium = new Chromium(); Chromium.Tab tab = chromium.open(1366, 900)) {
            Page page = tab.page();
            page.navigate(root + "#area=VN-26");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Huế"))).isVisible();

            // The page subscribes once it shows the area, and nothing says when the service has taken the
            // subscription in: write until a write is seen (each year a new row), at most five times.
            String shown = null;
            for (int probe = 1; shown == null && probe <= 5; probe++) {
                String year = String.valueOf(2010 + probe);
                importOne("t_live-0" + probe, year);
                Locator row = page.locator("#trade tr[data-period='" + year + "']");
                try {
                    assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(3000));
                    shown = year;
                } catch (AssertionFailedError notYet) {
                    // the subscription was not in place yet; the next write is heard
                }
            }
            assertNotNull(shown, "a write about the area shown appeared on the page");
            assertThat(page.locator("#trade tr[data-period='" + shown + "'] td").first()).containsText("1,2 tỷ USD");
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Số liệu vừa được cập nhật.");
            tab.screenshot("9-live-update");

            // Its provenance: who published the article, when, and where to read it.
            page.locator("#trade tr[data-period='" + shown + "'] td").first().getByRole(AriaRole.BUTTON).click();
            Locator provenance = page.getByRole(AriaRole.DIALOG);
            assertThat(provenance.locator("#provenance-publisher")).hasText("Báo Thử");
            assertThat(provenance.locator("#provenance-date")).containsText("2025");
            assertThat(provenance.getByRole(AriaRole.LINK)).hasAttribute("href", "https://news.example.org/live");
            assertThat(provenance.getByRole(AriaRole.LINK)).hasText("news.example.org");
            tab.screenshot("12-provenance-publisher-date-link");
            assertEquals(List.of(), tab.problems(), "the page reported problems");
        }
    }

    private void importOne(String code, String year) {
        Map<String, Object> row = new HashMap<>(Map.of("code", code, "area", "VN-26", "period", year, "flow", "EXPORT",
                "amount", "1200000000", "unit", "USD", "status", "REPORTED", "paragraph", 1,
                "quote", "xuất khẩu đạt 1,2 tỷ USD"));
        JsonObject answer = EditorKeys.write(token, IMPORT, Map.of("figures", List.of(row)));
        assertTrue(!answer.containsKey("errors"), answer.toString());
    }
}
