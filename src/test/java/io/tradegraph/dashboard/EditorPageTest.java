package io.tradegraph.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.EditorKeys;
import io.tradegraph.graphql.GraphQLClient;

/** An editor pastes an article, reviews what was read, corrects a field, leaves one figure out and imports the rest. */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class EditorPageTest {

    @TestHTTPResource("/editor.html")
    URL editor;

    @Test
    void anArticleBecomesReviewedFiguresImportedWithTheEditorsToken() throws Exception {
        String article = Files.readString(Path.of("src/test/resources/articles/own/nghe-an-oct-2025.txt"))
                .replaceFirst("^date \\S+ ", "");
        try (Chromium chromium = new Chromium(); Chromium.Tab tab = chromium.open(1366, 1000)) {
            Page page = tab.page();
            page.navigate(editor.toString());
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc số liệu"))).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
            page.getByLabel("Source code").fill("t_editor");
            page.getByLabel("Title").fill("Nghệ An, October 2025");
            page.getByLabel("Published on").fill("2025-11-05");
            page.getByLabel("The article's text").fill(article);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the figures")).click();

            Locator rows = page.locator("#candidates tbody tr");
            assertThat(rows).hasCount(4);
            assertThat(page.locator("#paragraphs mark")).hasCount(4);
            assertThat(page.locator("#paragraphs mark").first()).hasText("xuất khẩu hàng hóa của tỉnh Nghệ An ước đạt 320 triệu USD, giảm 4,2%");
            // The 2026 target is left out; the October figure is corrected to "about".
            page.getByLabel("import t_editor-04").uncheck();
            page.getByLabel("t_editor-01 qualifier").selectOption("ABOUT");
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("4 figures read, 0 statements not complete.");
            tab.screenshot("10-editor-review");
            // The review table fits a laptop's window: no column (status, growth…) is cut off.
            assertEquals(0, ((Number) page.evaluate("() => { const box = document.querySelector('#candidates').parentElement; "
                    + "return box.scrollWidth - box.clientWidth; }")).intValue(), "the review table is cut off: "
                    + page.evaluate("() => [...document.querySelectorAll('#candidates thead th')].map((th) => th.textContent + ' '"
                            + " + Math.round(th.getBoundingClientRect().width)).join(', ')"));
            assertEquals(List.of(), page.evaluate("() => [...document.querySelectorAll('#candidates input')]"
                    + ".filter((input) => input.scrollWidth > input.clientWidth).map((input) => input.value)"), "values cut off");

            page.getByLabel("Editor's token").fill(EditorKeys.token("minh"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the checked figures")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Added 3: t_editor-01, t_editor-02, t_editor-03. "
                    + "Revised 0, unchanged 0.");
            tab.screenshot("11-editor-imported");

            // One figure is one figure.
            page.getByLabel("The article's text").fill("Xuất khẩu của tỉnh tháng 10 ước đạt 1,2 tỷ USD.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the figures")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("^1 figure read, "));
            assertEquals(List.of(), tab.problems(), "the page reported problems");
        }

        List<JsonObject> stored = GraphQLClient.post("""
                { figures(filter: { source: "t_editor" }, orderBy: CODE) { edges { node { code qualifier amount
                  history { recordedBy } } } } }""", Map.of()).getJsonObject("data").getJsonObject("figures")
                .getJsonArray("edges").stream().map(e -> e.asJsonObject().getJsonObject("node")).toList();
        assertEquals(List.of("t_editor-01", "t_editor-02", "t_editor-03"), stored.stream().map(f -> f.getString("code")).toList());
        assertEquals("ABOUT", stored.get(0).getString("qualifier"));
        assertEquals("minh", stored.get(0).getJsonArray("history").getJsonObject(0).getString("recordedBy"));
    }
}
