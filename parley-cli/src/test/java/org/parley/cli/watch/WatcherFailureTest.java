package org.parley.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.watch.Feeds.item;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;

/** Failing sources: one line each, a rest that doubles, recovery, and the other sources going on. */
class WatcherFailureTest {
    final Fakes.MovableClock clock = new Fakes.MovableClock();
    final Fakes.MemorySink sink = new Fakes.MemorySink();
    final List<String> problems = new ArrayList<>();
    final WatchState state = WatchState.inMemory();
    FeedServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Watcher watcher(WatchSource... sources) {
        return new Watcher(List.of(sources), new ArticleReader(IngestConfig.defaults()),
                new FeedFetcher(Duration.ofSeconds(5), 1 << 20), sink, state, clock,
                new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(8)), Duration.ZERO, l -> { }, problems::add);
    }

    WatchSource.Feed feed(String path) {
        return new WatchSource.Feed(server.url(path));
    }

    @Test
    void a_500_rests_the_source_doubling_until_it_recovers() throws Exception {
        server.withEtag("/rss", Feeds.rss(item("a1", "a ceasefire")));
        server.failWith("/rss", 500);
        Watcher w = watcher(feed("/rss"));

        assertThat(w.poll().failedSources()).isEqualTo(1);
        assertThat(problems).singleElement().asString()
                .isEqualTo("parley: watch " + server.url("/rss") + ": HTTP 500 (server error; will retry); next try in 60 s (failure 1 in a row)");

        clock.advance(Duration.ofSeconds(59));
        assertThat(w.poll().resting()).isEqualTo(1);
        assertThat(server.count("/rss")).isEqualTo(1);   // not asked while resting

        clock.advance(Duration.ofSeconds(1));
        w.poll();
        assertThat(problems).last().asString().endsWith("next try in 2 min (failure 2 in a row)");

        clock.advance(Duration.ofMinutes(2));
        server.recover("/rss");
        Watcher.Poll recovered = w.poll();
        assertThat(recovered.stored()).isEqualTo(1);
        assertThat(recovered.failedSources()).isZero();
        assertThat(state.of(feed("/rss")).failures).isZero();
        assertThat(w.poll().resting()).isZero();   // recovered: polled at every round again
    }

    @Test
    void the_rest_is_capped() {
        Backoff b = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(8));
        assertThat(List.of(b.after(1), b.after(2), b.after(4), b.after(5), b.after(60)))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(8), Duration.ofMinutes(8), Duration.ofMinutes(8));
    }

    @Test
    void malformed_xml_is_one_line_naming_the_feed_and_the_others_go_on() throws Exception {
        server.withEtag("/broken", "<rss><channel><item><title>cut");
        server.withEtag("/good", Feeds.rss(item("g1", "humanitarian corridors")));

        Watcher.Poll poll = watcher(feed("/broken"), feed("/good"), feed("/missing")).poll();

        assertThat(poll.failedSources()).isEqualTo(2);
        assertThat(poll.stored()).isEqualTo(1);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("parley: watch " + server.url("/broken") + ": ").contains("next try in 60 s");
        assertThat(problems.get(1)).isEqualTo("parley: watch " + server.url("/missing")
                + ": HTTP 404 (not found: check the URL); next try in 60 s (failure 1 in a row)");
        // a failed answer's validators are not kept: the next try asks for the whole feed
        assertThat(state.of(feed("/broken")).etag).isNull();
    }

    @Test
    void a_page_answered_with_200_is_not_read_as_an_article() throws Exception {
        server.withEtag("/login", "<!DOCTYPE html><html><head><title>Sign in</title></head><body><p>Sign in to read the "
                + "news. Your session has expired and the page you asked for needs an account.</p></body></html>");

        Watcher.Poll poll = watcher(feed("/login")).poll();

        assertThat(poll.failedSources()).isEqualTo(1);
        assertThat(sink.analysed).isEmpty();
        assertThat(problems).singleElement().asString().isEqualTo("parley: watch " + server.url("/login")
                + ": the answer is not an RSS or Atom feed (it looks like html); check the URL; next try in 60 s (failure 1 in a row)");
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_a_timeout() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            WatchSource.Feed feed = new WatchSource.Feed(java.net.URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/rss"));
            Watcher w = new Watcher(List.of(feed), new ArticleReader(IngestConfig.defaults()),
                    new FeedFetcher(Duration.ofMillis(300), 1 << 20), sink, state, clock,
                    new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(8)), Duration.ZERO, l -> { }, problems::add);

            assertThat(w.poll().failedSources()).isEqualTo(1);
            assertThat(problems).singleElement().asString().contains("no answer within");
        }
    }

    @Test
    void a_feed_over_the_size_limit_is_refused() throws Exception {
        server.withEtag("/big", Feeds.rss(item("b1", "a long document")));
        Watcher w = new Watcher(List.of(feed("/big")), new ArticleReader(IngestConfig.defaults()),
                new FeedFetcher(Duration.ofSeconds(5), 100), sink, state, clock,
                new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(8)), Duration.ZERO, l -> { }, problems::add);

        assertThat(w.poll().failedSources()).isEqualTo(1);
        assertThat(problems).singleElement().asString().contains("over the limit of 100 bytes");
    }
}
