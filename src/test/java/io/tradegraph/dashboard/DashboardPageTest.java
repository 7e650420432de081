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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        // Named without a value: no status of a value beside them.
        assertThat(page.locator("#mentions")).not().containsText("ước tính");
        tab.screenshot("1-binh-duong-2024");

        cell(page, "2024", 0).getByRole(AriaRole.BUTTON).click();
        Locator provenance = page.getByRole(AriaRole.DIALOG);
        assertThat(provenance).isVisible();
        assertThat(provenance.locator("blockquote")).hasText("«ước đạt 34,5 tỷ USD, tăng 13%»");
        assertThat(provenance.locator("#provenance-paragraph")).hasText("1");
        assertThat(provenance.locator("#provenance-growth")).hasText("13,0% so với cùng kỳ");
        // The seed article's publisher, date and address were never recorded: said so, not left blank.
        assertThat(provenance.locator("#provenance-publisher")).hasText("chưa ghi nhận");
        assertThat(provenance.locator("#provenance-link")).hasText("chưa ghi nhận");
        tab.screenshot("2-provenance-of-an-export-figure");
        page.keyboard().press("Escape");
        assertThat(provenance).isHidden();

        page.locator("#mentions").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hoa Kỳ")).click();
        assertThat(provenance.locator("#provenance-value")).hasText("chỉ nêu tên, không kèm số liệu");
        page.keyboard().press("Escape");
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

    /** The new Bắc Ninh states months and a year to date, nothing for its year: it opens on its months. */
    @ParameterizedTest
    @ValueSource(ints = { 1366, 390 })
    void bacNinhOpensOnItsMonthsNamedInVietnameseAndMonthsWithoutImportsHaveNoBalance(int width) {
        Page page = open(width, 900);
        pick(page, "bac ninh", "từ");

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tháng"))).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#trade tr[data-period='2025-07'] th")).hasText("Tháng 7/2025");
        assertThat(page.locator("#chart svg")).containsText("Tháng 9/2025");
        assertThat(page.locator("#period-select")).containsText("9 tháng đầu năm 2025");
        for (String month : List.of("2025-07", "2025-08")) {
            assertThat(cell(page, month, 0)).containsText("tỷ USD");
            assertThat(cell(page, month, 1)).hasText("—");
            assertThat(cell(page, month, 2)).hasText("—");
            assertThat(cell(page, month, 2)).hasAttribute("title", "không rõ: thiếu một chiều");
        }
        assertThat(cell(page, "2025-09", 1)).containsText("tỷ USD");
        assertThat(cell(page, "2025-09", 2)).containsText("USD");
        tab.screenshot("5-bac-ninh-months-" + width);
        assertEquals(List.of(), overlappingChartLabels(page), "labels of the chart drawn over each other");
        if (width < 600) {
            assertEquals(0, ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue(),
                    "the page is wider than the phone's screen");
            assertEquals(List.of(), amountsOnMoreThanOneLine(page), "amounts broken over lines");
        }

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("#trade tr[data-period='2025-07'] th")).hasText("July 2025");
        assertThat(page.locator("#period-select")).containsText("January–September 2025");
    }

    /** Every pair of the chart's texts (axis names, ticks, legend) whose boxes overlap, as "a / b". */
    @SuppressWarnings("unchecked")
    private static List<String> overlappingChartLabels(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const texts = [...document.querySelectorAll('#chart svg text')]
                    .map((e) => ({ text: e.textContent, box: e.getBoundingClientRect() }))
                    .filter((t) => t.text.trim() && t.box.width > 0);
                  const overlaps = [];
                  texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
                    if (a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1
                        && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1) overlaps.push(a.text + ' / ' + b.text);
                  }));
                  return overlaps;
                }""");
    }

    /** The amounts of the trade table (exports, imports, balance) that a narrow screen broke over lines. */
    @SuppressWarnings("unchecked")
    private static List<String> amountsOnMoreThanOneLine(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('#trade tbody tr')].flatMap((row) => [...row.cells].slice(1, 4))
                  .map((cell) => cell.querySelector('button.figure') ?? cell)
                  .filter((element) => {
                    const range = document.createRange();
                    range.selectNodeContents(element.querySelector('button') ?? element);
                    // A rect that starts below the first one's bottom is on another line (the status tag's smaller
                    // letters sit a little lower on the same line).
                    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
                    return rects.some((r) => r.top >= rects[0].bottom - 1);
                  })
                  .map((element) => element.textContent)""");
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

    /** An address edited to a code that names no area: nothing of the area shown before stays, and the page says so. */
    @ParameterizedTest
    @ValueSource(ints = { 1366, 390 })
    void anUnknownAreaClearsTheViewAndSaysSo(int width) {
        Page page = open(width, 900);
        pick(page, "binh duong", "Bình Dương");
        assertThat(page.locator("#area")).isVisible();

        page.evaluate("() => { window.location.hash = 'area=VN-99&geography=AS_REPORTED'; }");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Không có tỉnh, thành nào mã «VN-99». Gõ tên để chọn.");
        assertThat(page.locator("#area")).isHidden();
        assertThat(page.locator("#detail")).isHidden();
        assertThat(page.locator("#findings")).isHidden();
        assertThat(areaBox(page)).hasValue("VN-99");
        tab.screenshot("7-unknown-area-" + width);
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

    /** The first chart waits for its own request only: with the list of areas failing, the nation is still drawn. */
    @Test
    void theFirstChartNeedsOneRequest() {
        tab = chromium.open(1366, 900);
        Page page = tab.page();
        page.route(Pattern.compile(".*/graphql\\?.*"), route -> {
            if (route.request().url().contains("after")) {
                route.abort(); // the picker's list: the Areas query pages with $after
            } else {
                route.resume();
            }
        });
        page.navigate(root.toString());

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Việt Nam"))).isVisible();
        assertThat(page.locator("#chart svg")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Chưa tải được danh sách tỉnh, thành");
        assertThat(page.getByRole(AriaRole.STATUS).getByRole(AriaRole.BUTTON)).hasText("Thử lại");
        tab.problems().clear(); // the failed request is this test's doing
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

        assertEquals(List.of("GET hash", "GET hash"), queries, "the nation and, beside it, the areas");
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
