package org.parley.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.watch.Feeds.item;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;

/** The watcher against feeds served by a local HTTP server: conditional GETs, new and updated items, state. */
class WatcherFeedTest {
    final Fakes.MovableClock clock = new Fakes.MovableClock();
    final Fakes.MemorySink sink = new Fakes.MemorySink();
    final List<String> log = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    FeedServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Watcher watcher(WatchState state, WatchSource... sources) {
        return new Watcher(List.of(sources), new ArticleReader(IngestConfig.defaults()),
                new FeedFetcher(Duration.ofSeconds(5), 1 << 20), sink, state, clock,
                new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(8)), Duration.ZERO, log::add, problems::add);
    }

    WatchSource.Feed feed(String path) {
        return new WatchSource.Feed(server.url(path));
    }

    @Test
    void a_second_run_gets_304_and_stores_nothing(@TempDir Path dir) throws Exception {
        server.withEtag("/rss", Feeds.rss(item("a1", "a ceasefire"), item("a2", "prisoner exchanges")));
        Path state = dir.resolve("store.watch.json");

        Watcher.Poll first = watcher(WatchState.load(state), feed("/rss")).poll();
        assertThat(first.stored()).isEqualTo(2);
        assertThat(sink.titles()).containsExactly("Talks: a ceasefire", "Talks: prisoner exchanges");
        assertThat(sink.refreshes).isEqualTo(1);

        // a new run, as a second 'parley watch --once': the ETag comes from the state file
        Watcher.Poll second = watcher(WatchState.load(state), feed("/rss")).poll();
        assertThat(server.last().ifNoneMatch()).isEqualTo("\"v1\"");
        assertThat(server.last().status()).isEqualTo(304);
        assertThat(second).isEqualTo(Watcher.Poll.NONE);
        assertThat(sink.analysed).hasSize(2);
        assertThat(sink.refreshes).isEqualTo(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void an_added_item_is_the_only_one_analysed() throws Exception {
        Watcher w = watcher(WatchState.inMemory(), feed("/rss"));
        server.withEtag("/rss", Feeds.rss(item("a1", "a ceasefire")));
        w.poll();
        server.withEtag("/rss", Feeds.rss(item("a2", "security guarantees"), item("a1", "a ceasefire")));

        Watcher.Poll poll = w.poll();

        assertThat(poll.stored()).isEqualTo(1);
        assertThat(poll.updated()).isZero();
        assertThat(sink.analysed).extracting(a -> a.title()).containsExactly("Talks: a ceasefire", "Talks: security guarantees");
        assertThat(log).last().asString().startsWith("parley: stored 'Talks: security guarantees'");
    }

    @Test
    void an_updated_item_is_stored_as_a_new_version() throws Exception {
        Watcher w = watcher(WatchState.inMemory(), feed("/rss"));
        server.withEtag("/rss", Feeds.rss(item("a1", "a ceasefire")));
        w.poll();
        server.withEtag("/rss", Feeds.rss(item("a1", "a ceasefire along the whole front line")));

        Watcher.Poll poll = w.poll();

        assertThat(poll.stored()).isEqualTo(1);
        assertThat(poll.updated()).isEqualTo(1);
        assertThat(sink.stored).hasSize(2);   // both versions, under their own content ids
        assertThat(log).last().asString().startsWith("parley: updated 'Talks: a ceasefire along the whole front line'");
    }

    @Test
    void an_item_already_in_the_store_is_not_analysed_again() throws Exception {
        server.withEtag("/rss", Feeds.rss(item("a1", "a ceasefire")));
        watcher(WatchState.inMemory(), feed("/rss")).poll();

        // the state is lost: the feed is read in full, but the store already has the article
        Watcher.Poll poll = watcher(WatchState.inMemory(), feed("/rss")).poll();

        assertThat(poll.unchanged()).isEqualTo(1);
        assertThat(poll.stored()).isZero();
        assertThat(sink.analysed).hasSize(1);
    }

    @Test
    void an_atom_feed_is_asked_with_if_modified_since() throws Exception {
        String date = "Tue, 01 Feb 2022 10:00:00 GMT";
        server.withLastModified("/atom", Feeds.atom(item("urn:e1", "grain exports")), date);
        Watcher w = watcher(WatchState.inMemory(), feed("/atom"));

        assertThat(w.poll().stored()).isEqualTo(1);
        assertThat(w.poll().stored()).isZero();

        assertThat(server.last().ifModifiedSince()).isEqualTo(date);
        assertThat(server.last().status()).isEqualTo(304);
        assertThat(sink.stored.values()).singleElement().satisfies(a -> {
            assertThat(a.outlet()).isEqualTo("Atom Desk");
            assertThat(a.url()).isEqualTo("http://example.org/a/urn:e1");
        });
    }

    @Test
    void a_stop_during_a_feed_keeps_its_validators_so_the_rest_is_read_next_time() throws Exception {
        server.withEtag("/rss", Feeds.rss(item("a1", "a ceasefire"), item("a2", "prisoner exchanges")));
        WatchState state = WatchState.inMemory();
        Watcher w = watcher(state, feed("/rss"));
        sink.onStore = w::stop;   // Ctrl-C while the first article is being stored

        Watcher.Poll poll = w.poll();

        assertThat(poll.stored()).isEqualTo(1);   // the article being stored is finished, the next is not begun
        sink.onStore = () -> { };
        Watcher again = watcher(state, feed("/rss"));
        assertThat(again.poll().stored()).isEqualTo(1);
        assertThat(server.last().ifNoneMatch()).isNull();
        assertThat(sink.analysed).extracting(a -> a.title()).containsExactly("Talks: a ceasefire", "Talks: prisoner exchanges");
    }
}
