package io.tradegraph.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.graphql.ReadmeExamplesTest;

/**
 * GraphiQL as an analyst's first page, where Quarkus puts it too: tradegraph's title, the manual's examples as tabs (each a golden document,
 * see {@link ReadmeExamplesTest}), the first one ready to run.
 */
@QuarkusTest
class GraphiqlPageTest {

    /** Where Quarkus puts GraphiQL, which leads to tradegraph's. */
    @TestHTTPResource("/q/graphql-ui")
    URL graphiql;

    @Test
    void opensOnTheReadmeExamplesAndRunsTheFirst() throws Exception {
        try (Chromium chromium = new Chromium(); Chromium.Tab tab = chromium.open(1280, 900)) {
            Page page = tab.page();
            page.navigate(graphiql.toString());

            assertThat(page).hasURL(Pattern.compile("/graphiql\\.html$"));
            assertThat(page).hasTitle("tradegraph — GraphiQL");
            assertThat(page.locator(".graphiql-tab")).hasCount(ReadmeExamplesTest.graphiqlExamples().size());
            assertThat(page.locator(".graphiql-query-editor")).containsText("Bình Dương in 2024");
            page.locator(".graphiql-execute-button").click();
            assertThat(page.locator(".graphiql-response")).containsText("34500000000");
            tab.screenshot("8-graphiql");
            assertEquals(List.of(), tab.problems(), "the page reported problems");
        }
    }
}
