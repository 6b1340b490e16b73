package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        server = ParleyServer.start(ServerConfig.defaults().withPort(0), store);
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
    void pages_fit_a_phone() throws Exception {
        try (Chrome chrome = Chrome.start(390, 844)) {
            for (String page : List.of("/#/", "/#/person/" + Http.enc(Fixtures.person("Tomas Lind").value()), "/#/issue/ceasefire")) {
                chrome.open(server.url() + page);
                chrome.waitForPage();
                chrome.waitUntil("document.querySelector('.chart[data-ready]')", Duration.ofSeconds(10));
                assertThat(chrome.run("return document.documentElement.scrollWidth <= window.innerWidth + 1;").asBoolean())
                        .as("no sideways scrolling on " + page).isTrue();
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

    private static List<String> errors(List<String> log) {
        return log.stream().filter(l -> l.startsWith("SEVERE")).toList();
    }

    private static String hostileId() {
        return store.articles(org.parley.store.Page.first(100)).items().stream()
                .filter(a -> a.outlet().equals("Evil Times")).findFirst().orElseThrow().id().value();
    }
}
