package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/**
 * Review from the UI, in headless Chromium (the harness of {@link BrowserIT}): correct a stance's polarity, reload,
 * see it on the page and in /api/stances; undo it on the Corrections page and see it gone. The CLI side of the same
 * store is checked by parley-cli's ReviewIT.
 */
class ReviewBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots");
    @TempDir
    static Path dir;
    static Store store;
    static ParleyServer server;
    static Http http;

    @BeforeAll
    static void start() {
        Chrome.binaries();
        store = Fixtures.openStore(dir);
        Fixtures.story().saveTo(store);
        server = ParleyServer.start(ServerConfig.defaults().withPort(0), store);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    private static JsonNode bergOnCeasefire() {
        for (JsonNode s : http.get("/api/stances?issue=ceasefire").json().path("items")) {
            if (s.at("/holder/name").asText().equals("Anna Berg")) return s;
        }
        throw new AssertionError("no stance of Anna Berg on ceasefire");
    }

    @Test
    void a_polarity_corrected_in_the_browser_stays_after_a_reload_and_is_gone_after_undo() throws Exception {
        JsonNode before = bergOnCeasefire();
        assertThat(before.path("position").asText()).isEqualTo("support");
        String item = "#stance-list li[data-key='" + before.path("id").asText() + "']";
        try (Chrome chrome = Chrome.start(390, 844)) {
            chrome.open(server.url() + "/#/stances?issue=ceasefire");
            chrome.waitForPage();
            chrome.click(item + " button.review-correct");
            chrome.run("const s = document.querySelector(arguments[0] + \" select[name='polarity']\"); s.value = 'mixed';", item);
            chrome.screenshot(SHOTS.resolve("review-form-phone.png"));
            chrome.run("[...document.querySelectorAll(arguments[0] + ' button.review-set')].find(b => b.textContent === 'Set polarity').click();", item);
            chrome.waitUntil("document.querySelector(\"" + item.replace("\"", "\\\"") + "\")?.dataset.position === 'mixed'",
                    Duration.ofSeconds(10));

            // A real reload (a new query string), not a hash change: the page is drawn from what the server kept.
            chrome.open(server.url() + "/?reload=1#/stances?issue=ceasefire");
            chrome.waitForPage();

            assertThat(chrome.text(item + " .badge")).isEqualTo("mixed");
            assertThat(chrome.text(item + " .review-status")).contains("corrected (polarity was support) by loopback");
            JsonNode corrected = bergOnCeasefire();
            assertThat(corrected.path("position").asText()).isEqualTo("mixed");
            assertThat(corrected.at("/review/corrected/polarity").asText()).isEqualTo("support");
            assertThat(chrome.run("return document.documentElement.scrollWidth <= window.innerWidth + 1;").asBoolean())
                    .as("no sideways scrolling with the review form").isTrue();

            chrome.open(server.url() + "/#/corrections");
            chrome.waitForPage();
            assertThat(chrome.text("#correction-list")).contains("set-polarity of stance " + before.path("id").asText())
                    .contains("support → mixed");
            chrome.screenshot(SHOTS.resolve("corrections-phone.png"));
            chrome.click("#correction-list button.review-undo");
            chrome.waitUntil("document.querySelector('#correction-list')?.textContent.includes('undo of correction')",
                    Duration.ofSeconds(10));

            assertThat(bergOnCeasefire().path("position").asText()).isEqualTo("support");
            assertThat(bergOnCeasefire().has("review")).isFalse();
            chrome.open(server.url() + "/?reload=2#/stances?issue=ceasefire");
            chrome.waitForPage();
            assertThat(chrome.text(item + " .badge")).isEqualTo("support");
            assertThat(chrome.text(item + " .review-status")).isEmpty();
            assertThat(chrome.consoleLog().stream().filter(l -> l.startsWith("SEVERE")).toList()).isEmpty();
        }
    }
}
