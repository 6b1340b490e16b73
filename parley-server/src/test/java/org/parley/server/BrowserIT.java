package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/**
 * End to end: the server over the hand-made story, driven in headless Chromium. Screenshots go to
 * target/screenshots/ (laptop 1280x900 and phone 390x844).
 */
class BrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots");
    @TempDir
    static Path dir;
    static Store store;
    static ParleyServer server;
    /** Articles where outlets carry one quote and contradict each other, in their own store. */
    static Store outletStore;
    static ParleyServer outletServer;
    static Fixtures outlets;

    @BeforeAll
    static void start() {
        Chrome.binaries();
        store = Fixtures.openStore(dir);
        Fixtures.story().saveTo(store);
        server = ParleyServer.start(ServerConfig.defaults().withPort(0).withIssueNames(Map.of("ceasefire", "A ceasefire in the region")), store);
        outletStore = Fixtures.openStore(dir.resolve("outlets"));
        outlets = Fixtures.acrossOutlets().saveTo(outletStore);
        outletServer = ParleyServer.start(ServerConfig.defaults().withPort(0), outletStore);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
        if (outletServer != null) outletServer.stop();
        if (outletStore != null) outletStore.close();
    }

    @Test
    void a_story_shows_its_corroborated_claim_and_both_sides_of_its_conflicts() throws Exception {
        try (Chrome chrome = Chrome.start(1280, 900)) {
            chrome.open(outletServer.url() + "/#/");
            chrome.waitForPage();
            chrome.run("[...document.querySelectorAll('#top-stories a')].find(a => a.textContent === 'Border to reopen next week').click();");
            chrome.waitUntil("location.hash === '#/story/story-border'", Duration.ofSeconds(5));
            chrome.waitForPage();
            chrome.waitUntil("document.querySelector('.chart[data-ready]')", Duration.ofSeconds(10));
            assertThat(chrome.text("#story-label")).isEqualTo("Border to reopen next week");
            assertThat(chrome.text("#story-facts")).contains("2025-04-01 to 2025-04-02", "Coast Herald", "Daily Ledger", "Evening Post");
            assertThat(chrome.text("#story-people")).contains("Anna Berg");
            assertThat(chrome.text("#story-issues")).contains("aid");
            assertThat(chrome.text("#claims")).contains(Fixtures.SHARED_QUOTE).contains("corroborated (3 outlets)");
            assertThat(chrome.text("#conflicts")).contains("Anna Berg / aid")
                    .contains("Anna Berg supports the aid plan for the region.").contains("Anna Berg opposes the aid plan, officials said.")
                    .contains("attributed to Tomas Lind");
            chrome.screenshot(SHOTS.resolve("story-laptop.png"));
            chrome.run("document.getElementById('conflicts').scrollIntoView({block: 'start'});");
            chrome.screenshot(SHOTS.resolve("story-conflicts-laptop.png"));

            chrome.open(outletServer.url() + "/#/person/" + Http.enc(Fixtures.person("Anna Berg").value()));
            chrome.waitForPage();
            assertThat(chrome.text("#quotes li:first-child")).contains("corroborated (3 outlets)").contains("contested");
            chrome.screenshot(SHOTS.resolve("person-badges-laptop.png"));

            chrome.open(outletServer.url() + "/#/article/" + outlets.id("border-1"));
            chrome.waitForPage();
            assertThat(chrome.text("#article-quotes")).contains("corroborated (3 outlets)");
            chrome.click("#view .facts-col a.badge.contested[href^='#/conflict/stance-']");
            chrome.waitUntil("location.hash.startsWith('#/conflict/stance-')", Duration.ofSeconds(5));
            chrome.waitForPage();
            assertThat(chrome.text("h1")).isEqualTo("Conflict: Anna Berg / aid");
            assertThat(chrome.text(".sides")).contains("support").contains("oppose").contains("Evening Post");

            chrome.open(outletServer.url() + "/#/issue/aid");
            chrome.waitForPage();
            chrome.click("#matrix button.cell[data-position='oppose']");
            assertThat(chrome.text("#cell-evidence")).contains("contested");
            assertThat(errors(chrome.consoleLog())).isEmpty();
        }
        try (Chrome chrome = Chrome.start(390, 844)) {
            chrome.open(outletServer.url() + "/#/story/story-border");
            chrome.waitForPage();
            chrome.waitUntil("document.querySelector('.chart[data-ready]')", Duration.ofSeconds(10));
            assertThat(chrome.run("return document.documentElement.scrollWidth <= window.innerWidth + 1;").asBoolean())
                    .as("no sideways scrolling on the story page").isTrue();
            chrome.screenshot(SHOTS.resolve("story-phone.png"));
        }
    }

    @Test
    void overview_to_person_to_the_sentence_of_a_quote() throws Exception {
        try (Chrome chrome = Chrome.start(1280, 900)) {
            chrome.open(server.url() + "/#/");
            chrome.waitForPage();
            chrome.waitUntil("document.querySelector('.chart[data-ready]')", Duration.ofSeconds(10));
            assertThat(chrome.text("#top-speakers")).contains("Anna Berg", "Tomas Lind");
            chrome.screenshot(SHOTS.resolve("overview-laptop.png"));

            chrome.run("[...document.querySelectorAll('#top-speakers a')].find(a => a.textContent === 'Anna Berg').click();");
            chrome.waitUntil("location.hash.startsWith('#/person/')", Duration.ofSeconds(5));
            chrome.waitForPage();
            assertThat(chrome.text("h1")).isEqualTo("Anna Berg");
            assertThat(chrome.text("#roles")).contains("foreign minister");
            assertThat(chrome.text("#aliases")).contains("Berg");
            assertThat(chrome.text("#quotes")).contains("We support a ceasefire that holds", "Sanctions remain on the table");
            chrome.screenshot(SHOTS.resolve("person-laptop.png"));

            chrome.click("#quotes li:first-child a.evidence-link");
            chrome.waitUntil("location.hash.startsWith('#/article/')", Duration.ofSeconds(5));
            chrome.waitForPage();
            assertThat(chrome.text("#article-title")).isEqualTo("Berg backs ceasefire talks");
            assertThat(chrome.text("mark.evidence")).isEqualTo("We support a ceasefire that holds");
            assertThat(chrome.text(".evidence-sentence")).isEqualTo("\"We support a ceasefire that holds,\" Berg said after the meeting.");
            assertThat(chrome.run("return document.querySelectorAll('mark.evidence').length;").asInt()).isEqualTo(1);
            chrome.screenshot(SHOTS.resolve("article-laptop.png"));
            assertThat(errors(chrome.consoleLog())).isEmpty();
        }
    }

    @Test
    void issue_cells_open_their_evidence_and_search_marks_phrases() throws Exception {
        try (Chrome chrome = Chrome.start(1280, 900)) {
            chrome.open(server.url() + "/#/issue/ceasefire");
            chrome.waitForPage();
            chrome.waitUntil("document.querySelector('.chart[data-ready]')", Duration.ofSeconds(10));
            chrome.click("#matrix button.cell[data-position='oppose']");
            assertThat(chrome.text("#cell-evidence")).contains("Tomas Lind")
                    .contains("Lind said the Nordic Council would not join any plan without guarantees.");
            chrome.screenshot(SHOTS.resolve("issue-laptop.png"));
            chrome.click("#cell-evidence a.evidence-link");
            chrome.waitUntil("location.hash.startsWith('#/article/')", Duration.ofSeconds(5));
            chrome.waitForPage();
            assertThat(chrome.text(".evidence-sentence")).contains("would not join any plan");

            chrome.open(server.url() + "/#/search?q=" + Http.enc("\"remain on the table\""));
            chrome.waitForPage();
            assertThat(chrome.text("#results mark")).isEqualTo("remain on the table");
            chrome.screenshot(SHOTS.resolve("search-laptop.png"));

            chrome.open(server.url() + "/#/timeline");
            chrome.waitForPage();
            chrome.waitUntil("document.querySelector('.chart[data-ready]')", Duration.ofSeconds(10));
            // The summit is announced for after the last article: outside the store's own period, shown with every date.
            assertThat(chrome.text("#timeline-list")).contains("meeting").doesNotContain("summit");
            chrome.open(server.url() + "/#/timeline?all=1");
            chrome.waitForPage();
            chrome.waitUntil("document.querySelector('.chart[data-ready]')", Duration.ofSeconds(10));
            assertThat(chrome.text("#timeline-list")).contains("meeting").contains("summit");
            chrome.screenshot(SHOTS.resolve("timeline-laptop.png"));
            assertThat(errors(chrome.consoleLog())).isEmpty();
        }
    }

    @Test
    void a_hostile_article_shows_as_text_and_runs_nothing() throws Exception {
        try (Chrome chrome = Chrome.start(1280, 900)) {
            String id = hostileId();
            chrome.open(server.url() + "/#/article/" + id);
            chrome.waitForPage();
            assertThat(chrome.dialog()).isEmpty();
            assertThat(chrome.text("#article-title")).isEqualTo(Fixtures.HOSTILE_TITLE);
            assertThat(chrome.text("#article-text")).contains("<script>alert(1)</script>").contains(Fixtures.HOSTILE_LINK);
            assertThat(chrome.run("return document.querySelectorAll('script').length;").asInt()).isEqualTo(1);
            assertThat(chrome.run("return document.querySelectorAll('a[href^=\"javascript\"]').length;").asInt()).isZero();
            assertThat(chrome.run("return document.querySelectorAll('#view a[href=\"#\"]').length;").asInt()).isZero();
            chrome.screenshot(SHOTS.resolve("hostile-article.png"));

            chrome.open(server.url() + "/#/person/" + Http.enc(Fixtures.person("Mallory Vance").value()));
            chrome.waitForPage();
            assertThat(chrome.dialog()).isEmpty();
            assertThat(chrome.text("#quotes")).contains(Fixtures.HOSTILE_LINK);
            chrome.open(server.url() + "/#/");
            chrome.waitForPage();
            assertThat(chrome.text("#articles")).contains(Fixtures.HOSTILE_TITLE);
            assertThat(chrome.dialog()).isEmpty();
            assertThat(chrome.run("return document.querySelectorAll('script').length;").asInt()).isEqualTo(1);

            chrome.open(outletServer.url() + "/#/stories");
            chrome.waitForPage();
            assertThat(chrome.text("#stories")).contains(Fixtures.HOSTILE_STORY);
            chrome.open(outletServer.url() + "/#/story/story-plan");
            chrome.waitForPage();
            assertThat(chrome.dialog()).isEmpty();
            assertThat(chrome.text("#story-label")).isEqualTo(Fixtures.HOSTILE_STORY);
            assertThat(chrome.text("#claims")).contains(Fixtures.HOSTILE_CLAIM).contains("corroborated (2 outlets)");
            assertThat(chrome.run("return document.querySelectorAll('img').length;").asInt()).isZero();
            assertThat(chrome.run("return document.querySelectorAll('script').length;").asInt()).isEqualTo(1);
            chrome.screenshot(SHOTS.resolve("hostile-story.png"));
        }
    }

    @Test
    void the_issue_page_is_the_map_and_a_lane_segment_opens_its_evidence() throws Exception {
        try (Chrome chrome = Chrome.start(1280, 900)) {
            chrome.open(server.url() + "/#/issue/ceasefire");
            chrome.waitForPage();
            assertThat(chrome.text("h1")).isEqualTo("A ceasefire in the region");
            assertThat(chrome.text("#map-lanes")).contains("Anna Berg", "Tomas Lind");
            assertThat(chrome.run("return document.querySelectorAll('#map-lanes .shift-marker').length;").asInt())
                    .as("Lind's change of mind is a marker on his lane").isPositive();
            chrome.click("#map-lanes button.seg[data-position='oppose']");
            assertThat(chrome.text("#segment-evidence")).contains("Tomas Lind")
                    .contains("Lind said the Nordic Council would not join any plan without guarantees.");
            assertThat(chrome.text("#map-positions")).contains("Anna Berg", "Tomas Lind", "support");
            assertThat(chrome.find("#map-downloads a[href*='/map/lanes?']")).isNotBlank();
            chrome.screenshot(SHOTS.resolve("map-laptop.png"));

            chrome.run("const s = document.getElementById('map-at'); s.value = '0'; s.dispatchEvent(new Event('change'));");
            chrome.waitUntil("document.getElementById('map-at-label').textContent === '2025-02-10'", Duration.ofSeconds(5));
            chrome.waitUntil("document.querySelectorAll('#map-lanes .shift-marker').length === 0", Duration.ofSeconds(5));
            chrome.click("#segment-evidence a.evidence-link");
            chrome.waitUntil("location.hash.startsWith('#/article/')", Duration.ofSeconds(5));
            chrome.waitForPage();
            assertThat(chrome.text(".evidence-sentence")).contains("would not join any plan");
            assertThat(errors(chrome.consoleLog())).isEmpty();
        }
    }

    @Test
    void pages_fit_a_phone() throws Exception {
        try (Chrome chrome = Chrome.start(390, 844)) {
            for (String page : List.of("/#/", "/#/person/" + Http.enc(Fixtures.person("Tomas Lind").value()), "/#/issue/ceasefire")) {
                chrome.open(server.url() + page);
                chrome.waitForPage();
                chrome.waitUntil("document.querySelector('.chart[data-ready]')", Duration.ofSeconds(10));
                assertThat(chrome.run("return document.documentElement.scrollWidth <= window.innerWidth + 1;").asBoolean())
                        .as("no sideways scrolling on " + page).isTrue();
                assertThat(clipped(chrome)).as("nothing cut off on " + page).isEmpty();
                String name = page.equals("/#/") ? "overview" : page.substring(3, page.indexOf('/', 3));
                chrome.screenshot(SHOTS.resolve(name + "-phone.png"));
            }
            chrome.open(server.url() + "/#/person/" + Http.enc(Fixtures.person("Tomas Lind").value()));
            chrome.waitForPage();
            chrome.click("#quotes li:first-child a.evidence-link");
            chrome.waitUntil("location.hash.startsWith('#/article/')", Duration.ofSeconds(5));
            chrome.waitForPage();
            assertThat(chrome.text("mark.evidence")).isNotBlank();
            assertThat(chrome.run("return document.documentElement.scrollWidth <= window.innerWidth + 1;").asBoolean()).isTrue();
            chrome.screenshot(SHOTS.resolve("article-phone.png"));
        }
    }

    @Test
    void the_docs_page_lists_every_operation_offline() throws Exception {
        try (Chrome chrome = Chrome.start(1280, 900)) {
            chrome.open(server.url() + "/docs");
            chrome.waitUntil("document.querySelectorAll('.opblock').length > 0", Duration.ofSeconds(15));

            assertThat(chrome.run("return document.querySelectorAll('.opblock').length;").asInt()).isEqualTo(server.routes().size());
            assertThat(chrome.text("#docs")).contains("Parley API").contains("listQuotes").contains("/api/quotes");
            chrome.screenshot(SHOTS.resolve("docs-laptop.png"));
            assertThat(errors(chrome.consoleLog())).isEmpty();
        }
    }

    @Test
    void the_quotes_page_filters_by_speaker_name_and_offers_the_same_rows_as_csv() throws Exception {
        try (Chrome chrome = Chrome.start(1280, 900)) {
            chrome.open(server.url() + "/#/quotes");
            chrome.waitForPage();
            assertThat(chrome.run("return document.title;").asText()).isEqualTo("Quotes · Parley");
            int all = chrome.run("return document.querySelectorAll('#quote-list li.quote').length;").asInt();

            chrome.run("document.getElementById('quotes-speaker').value = 'Berg';"
                    + "document.querySelector('#quote-filters button[type=submit]').click();");
            chrome.waitUntil("location.hash.includes('speaker=Berg')", Duration.ofSeconds(5));
            chrome.waitForPage();

            assertThat(chrome.text("#quote-list")).contains("We support a ceasefire that holds").doesNotContain("Lind");
            int berg = chrome.run("return document.querySelectorAll('#quote-list li.quote').length;").asInt();
            assertThat(berg).isPositive().isLessThan(all);
            String csv = chrome.run("return document.querySelector('#view p.download a').href;").asText();
            assertThat(csv).contains("/api/quotes?").contains("speaker=Berg").contains("format=csv");
            assertThat(http(csv).body().split("\r\n")).hasSize(berg + 1);
            chrome.screenshot(SHOTS.resolve("quotes-laptop.png"));
            assertThat(errors(chrome.consoleLog())).isEmpty();
        }
    }

    @Test
    void every_page_has_its_own_title_the_issue_page_its_name_and_the_timeline_the_stores_period() throws Exception {
        try (Chrome chrome = Chrome.start(1280, 900)) {
            Map<String, String> titles = new java.util.LinkedHashMap<>();
            for (String page : pages()) {
                chrome.open(server.url() + page);
                chrome.waitForPage();
                titles.put(page, chrome.run("return document.title;").asText());
                assertThat(chrome.run("return document.querySelectorAll('#view table, #view ul.list, #view ul.quotes').length === 0"
                        + " || document.querySelectorAll('#view p.download a[href*=\"format=csv\"]').length > 0;").asBoolean())
                        .as("a CSV download under the tables of " + page).isTrue();
            }
            assertThat(titles.values()).allSatisfy(t -> assertThat(t).endsWith(" · Parley")).doesNotHaveDuplicates();
            assertThat(titles.get("/#/issue/ceasefire")).isEqualTo("A ceasefire in the region · Parley");

            chrome.open(server.url() + "/#/timeline");
            chrome.waitForPage();
            assertThat(chrome.run("return document.querySelector('input[name=from]').value;").asText()).isEqualTo("2025-02-10");
            assertThat(chrome.run("return document.querySelector('input[name=to]').value;").asText()).isEqualTo(lastArticleDate());
        }
    }

    @Test
    void axe_finds_no_serious_or_critical_accessibility_violations_on_any_page() throws Exception {
        String axe = Axe.source();
        try (Chrome chrome = Chrome.start(1280, 900)) {
            for (String page : pages()) {
                chrome.open(server.url() + page);
                chrome.waitForPage();
                assertThat(Axe.seriousViolations(chrome, axe)).as(page).isEmpty();
            }
        }
        try (Chrome chrome = Chrome.start(390, 844)) {
            for (String page : List.of("/#/", "/#/quotes", "/#/issue/ceasefire", "/#/stances", "/#/corrections")) {
                chrome.open(server.url() + page);
                chrome.waitForPage();
                assertThat(Axe.seriousViolations(chrome, axe)).as(page + " at 390 px").isEmpty();
            }
        }
    }

    @Test
    void every_page_fits_390_px_without_anything_cut_off() throws Exception {
        try (Chrome chrome = Chrome.start(390, 844)) {
            for (String page : pages()) {
                chrome.open(server.url() + page);
                chrome.waitForPage();
                assertThat(chrome.run("return document.documentElement.scrollWidth <= window.innerWidth + 1;").asBoolean())
                        .as("no sideways scrolling on " + page).isTrue();
                assertThat(clipped(chrome)).as("nothing cut off on " + page).isEmpty();
            }
            chrome.open(server.url() + "/#/quotes");
            chrome.waitForPage();
            chrome.screenshot(SHOTS.resolve("quotes-phone.png"));
        }
    }

    /** Elements inside the page whose content is wider than they show (a table scrolled or cut at the edge). */
    private static List<String> clipped(Chrome chrome) throws java.io.IOException {
        List<String> out = new java.util.ArrayList<>();
        chrome.run("return [...document.querySelectorAll('#view *')].filter(e => !e.closest('.chart')"
                + " && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')"
                + ".map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth);")
                .forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Every page of the UI, each with data in the hand-made story. */
    private static final List<String> PAGES = List.of("/#/", "/#/stories", "/#/issues", "/#/issue/ceasefire", "/#/quotes",
            "/#/timeline", "/#/search?q=ceasefire", "/#/person/" + Http.enc(Fixtures.person("Anna Berg").value()),
            "/#/article/ARTICLE", "/#/stances", "/#/corrections");

    private static List<String> pages() {
        String article = store.articles(org.parley.store.Page.first(1)).items().get(0).id().value();
        return PAGES.stream().map(p -> p.replace("ARTICLE", article)).toList();
    }

    private static Http.Response http(String url) {
        return Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).GET().build());
    }

    private static String lastArticleDate() {
        return store.articles(org.parley.store.Page.first(100)).items().stream()
                .map(a -> a.date().date().map(Object::toString).orElse("")).max(String::compareTo).orElseThrow();
    }

    private static List<String> errors(List<String> log) {
        return log.stream().filter(l -> l.startsWith("SEVERE")).toList();
    }

    private static String hostileId() {
        return store.articles(org.parley.store.Page.first(100)).items().stream()
                .filter(a -> a.outlet().equals("Evil Times")).findFirst().orElseThrow().id().value();
    }
}
