package io.tradegraph.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard at / in a real browser, as a journalist uses it: by typing names without diacritics, reading the
 * table beside the chart, opening a number's source. Every state is saved as a screenshot under target/screenshots,
 * and every test fails on a console error, an uncaught exception or a failed request.
 */
@QuarkusTest
class DashboardPageTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL root;

    private Chromium.Tab tab;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @AfterEach
    void noProblems() {
        List<String> problems = List.copyOf(tab.problems());
        tab.close();
        assertEquals(List.of(), problems, "the page reported problems");
    }

    private Page open(int width, int height) {
        tab = chromium.open(width, height);
        tab.page().navigate(root.toString());
        return tab.page();
    }

    private static Locator areaBox(Page page) {
        return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^(Tỉnh, thành phố|Province or city)$")));
    }

    private static Locator areaOptions(Page page) {
        return page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION);
    }

    private static Locator pick(Page page, String typed, String optionText) {
        areaBox(page).fill(typed);
        Locator option = areaOptions(page).filter(new Locator.FilterOptions().setHasText(optionText));
        option.click();
        return option;
    }

    private static Locator cell(Page page, String period, int column) {
        return page.locator("#trade tr[data-period='" + period + "'] td").nth(column);
    }

    @Test
    void binhDuongFoundWithoutDiacriticsShowsItsYearAndTheSourceOfEachNumber() {
        Page page = open(1280, 900);
        areaBox(page).fill("binh duong");
        assertThat(areaOptions(page)).hasCount(1);
        assertThat(areaOptions(page)).containsText("Bình Dương");
        areaOptions(page).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bình Dương"))).isVisible();
        assertThat(cell(page, "2024", 0)).containsText("34,5 tỷ USD");
        assertThat(cell(page, "2024", 0)).containsText("ước tính");
        assertThat(cell(page, "2024", 1)).containsText("24,5 tỷ USD");
        assertThat(cell(page, "2024", 2)).hasText("10,0 tỷ USD");
        // The balances the articles state, each with its verdict against the computed one.
        assertThat(cell(page, "2024", 3)).containsText("gần 10,0 tỷ USD");
        assertThat(cell(page, "2024", 3)).containsText("phù hợp với cách nói");
        assertThat(page.locator("#chart svg")).isVisible();
        assertThat(page.locator("#finding-list")).containsText(
                "mâu thuẫn 2024 Bài báo nêu tỷ trọng hơn 10,0%; các số liệu cho 8,55%.");
        // 2025 states only targets, growth of 9–10 %, shown as the range of exports they imply.
        assertThat(cell(page, "2025", 0)).hasText("—");
        assertThat(cell(page, "2025", 4)).containsText("37,55 tỷ USD – 38,01 tỷ USD");
        // What 2024's articles say without a value: China the largest supplier, four markets named.
        assertThat(page.locator("#ranks")).containsText("Trung Quốc hạng 1");
        assertThat(page.locator("#mentions")).containsText("Hoa Kỳ");
        tab.screenshot("1-binh-duong-2024");

        cell(page, "2024", 0).getByRole(AriaRole.BUTTON).click();
        Locator provenance = page.getByRole(AriaRole.DIALOG);
        assertThat(provenance).isVisible();
        assertThat(provenance.locator("blockquote")).hasText("«ước đạt 34,5 tỷ USD, tăng 13%»");
        assertThat(provenance.locator("#provenance-paragraph")).hasText("1");
        assertThat(provenance.locator("#provenance-growth")).hasText("13,0% so với cùng kỳ");
        tab.screenshot("2-provenance-of-an-export-figure");
        page.keyboard().press("Escape");
        assertThat(provenance).isHidden();
    }

    @Test
    void theLanguageSwitchesLabelsAndNumbersAndIsRemembered() {
        Page page = open(1280, 900);
        pick(page, "binh duong", "Bình Dương");
        assertThat(cell(page, "2024", 0)).containsText("34,5 tỷ USD");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#trade thead")).containsText("Exports");
        assertThat(cell(page, "2024", 0)).containsText("USD 34.5 billion");
        assertThat(cell(page, "2024", 2)).hasText("USD 10.0 billion");
        assertThat(cell(page, "2024", 3)).containsText("nearly USD 10.0 billion");
        tab.screenshot("3-english");

        page.reload();
        assertThat(cell(page, "2024", 0)).containsText("USD 34.5 billion");
        assertThat(areaBox(page)).hasValue("Bình Dương");
    }

    @Test
    void hoChiMinhCityAmongThe34ProvincesIsRebuiltFromItsMembersAndMarkedPartial() {
        Page page = open(1280, 900);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("34 tỉnh"))).check();
        areaBox(page).fill("ho chi minh");
        assertThat(areaOptions(page)).hasCount(2);
        pick(page, "ho chi minh", "từ");

        assertThat(page.locator("#area-validity")).containsText("Bình Dương");
        assertThat(cell(page, "2024", 0)).containsText("34,5 tỷ USD");
        assertThat(cell(page, "2024", 0)).containsText("một phần");
        assertThat(cell(page, "2024", 2)).containsText("một phần");
        tab.screenshot("4-ho-chi-minh-city-34-provinces");
    }

    @Test
    void bacNinhMonthsWithoutImportsHaveNoBalance() {
        Page page = open(1280, 900);
        pick(page, "bac ninh", "từ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tháng")).click();

        for (String month : List.of("2025-07", "2025-08")) {
            assertThat(cell(page, month, 0)).containsText("tỷ USD");
            assertThat(cell(page, month, 1)).hasText("—");
            assertThat(cell(page, month, 2)).hasText("—");
            assertThat(cell(page, month, 2)).hasAttribute("title", "không rõ: thiếu một chiều");
        }
        assertThat(cell(page, "2025-09", 1)).containsText("tỷ USD");
        assertThat(cell(page, "2025-09", 2)).containsText("USD");
        tab.screenshot("5-bac-ninh-months");
    }

    @Test
    void onAPhoneTheKeyboardAloneReachesAnAreaAndNothingOverflows() {
        Page page = open(390, 844);
        // A person starts once the page shows its first area: keys pressed while it still loads the areas and the
        // nation's trade race with it (the first page a fresh service serves can take a second).
        assertThat(areaBox(page)).hasValue(Pattern.compile(".+"));
        page.keyboard().press("Tab"); // the skip link
        page.keyboard().press("Tab"); // GraphiQL
        page.keyboard().press("Tab"); // the language
        page.keyboard().press("Tab");
        assertThat(areaBox(page)).isFocused();
        page.keyboard().type("thanh hoa");
        assertThat(areaOptions(page).first()).isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thanh Hóa"))).isVisible();
        assertThat(page.locator("#chart")).hasAttribute("aria-label", Pattern.compile("Thanh Hóa"));
        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0, ((Number) overflow).intValue(), "the page is wider than the phone's screen");
        tab.screenshot("6-phone");
    }

    @Test
    void theAddressSaysWhatIsShownAndAnEditedOneIsFollowed() {
        Page page = open(1280, 900);
        pick(page, "binh duong", "Bình Dương");
        assertThat(page).hasURL(Pattern.compile("#area=VN-57&geography=AS_REPORTED$"));

        page.evaluate("() => { window.location.hash = 'area=VN-21&geography=AS_REPORTED'; }");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thanh Hóa"))).isVisible();
        assertThat(areaBox(page)).hasValue("Thanh Hóa");
    }

    @Test
    void anUnknownAreaInTheAddressIsExplainedNotABlankChart() {
        tab = chromium.open(1280, 900);
        Page page = tab.page();
        page.navigate(root + "#area=VN-99");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Không có tỉnh, thành này.");
        assertThat(page.locator("#area")).isHidden();
        tab.screenshot("7-unknown-area");
    }

    /** The manual's example for frontend developers (docs/dashboard.md), run as a page would run it. */
    @Test
    void theReadmeFetchExampleRunsInTheBrowser() throws IOException {
        Matcher block = Pattern.compile("```js\\n(// frontend example.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs/dashboard.md")));
        assertTrue(block.find(), "the manual shows how a page calls the API");
        String example = block.group(1).replace("http://localhost:8080/", root.toString())
                .replace("console.log(", "return (");
        Page page = open(1280, 900);

        Object printed = page.evaluate("async () => {\n" + example + "\n}");

        assertEquals(List.of("2024: 34500000000", "2025: unknown"), printed);
    }

    @Test
    void thePageLoadsWithTwoQueriesAndReportsItsLoadTimeAndSize() {
        tab = chromium.open(1280, 900);
        Page page = tab.page();
        List<String> queries = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/graphql?")) {
                // The page's documents travel as their hashes, which the service knows from the start.
                queries.add(request.method() + (request.url().contains("query=") ? " document" : " hash"));
            }
        });
        page.navigate(root.toString());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Việt Nam"))).isVisible();
        page.waitForLoadState();

        assertEquals(List.of("GET hash", "GET hash"), queries, "the areas, then the nation");
        @SuppressWarnings("unchecked")
        Map<String, Number> timing = (Map<String, Number>) page.evaluate("""
                () => {
                  const navigation = performance.getEntriesByType('navigation')[0];
                  const resources = performance.getEntriesByType('resource');
                  return {
                    loadMs: navigation.loadEventEnd,
                    transferBytes: navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
                    decodedBytes: navigation.decodedBodySize + resources.reduce((sum, r) => sum + r.decodedBodySize, 0),
                    requests: resources.length + 1,
                  };
                }""");
        assertTrue(timing.get("transferBytes").longValue() < timing.get("decodedBytes").longValue(),
                "the page's text travels compressed");
        System.out.printf("dashboard page: loaded in %d ms, %d requests, %d bytes transferred (%d decoded)%n",
                timing.get("loadMs").longValue(), timing.get("requests").intValue(),
                timing.get("transferBytes").longValue(), timing.get("decodedBytes").longValue());
    }
}
