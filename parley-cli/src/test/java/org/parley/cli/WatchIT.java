package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.watch.FeedServer;
import org.parley.testkit.Shared;

/** The real {@code parley watch} (models, store, search) on a feed of the seed articles served locally. */
class WatchIT {
    @TempDir
    Path dir;

    /** An RSS feed carrying the seed articles' texts, as a wire's full-text feed would. */
    static String feedOf(List<Path> seeds) throws Exception {
        StringBuilder items = new StringBuilder();
        for (Path seed : seeds) {
            String[] parts = Files.readString(seed).split("\n", 2);
            items.append("<item><guid>seed-%s</guid><title>%s</title><link>http://example.org/%s</link><description>%s</description></item>\n"
                    .formatted(seed.getFileName(), escape(parts[0].strip()), seed.getFileName(), escape(parts[1].strip())));
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Seed Wire</title>\n" + items + "</channel></rss>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void watch_once_stores_new_items_gets_304_next_time_and_the_items_are_searchable() throws Exception {
        List<Path> seeds;
        try (var files = Files.list(Shared.seeds())) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        Cli cli = new Cli(dir.resolve("store"));
        String issues = Cli.repoRoot().resolve("examples/issues-ukraine.json").toString();
        try (FeedServer server = new FeedServer()) {
            String url = server.url("/wire.xml").toString();
            server.withEtag("/wire.xml", feedOf(seeds.subList(0, 2)));

            Cli.Result first = cli.run("watch", url, "--once", "--issues", issues);
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).contains("2 stored (0 updated), 0 unchanged, 0 problem(s), 0 source(s) failed");

            Cli.Result second = cli.run("watch", url, "--once", "--issues", issues);
            assertThat(second.out()).contains("0 stored (0 updated), 0 unchanged");
            assertThat(server.last().status()).isEqualTo(304);

            server.withEtag("/wire.xml", feedOf(seeds));
            Cli.Result third = cli.run("watch", url, "--once", "--issues", issues);
            assertThat(third.exit()).as(third.err()).isZero();
            assertThat(third.out()).contains(seeds.size() - 2 + " stored (0 updated)");
            assertThat(Files.exists(dir.resolve("store.watch.json"))).isTrue();
        }
        Cli.Result search = cli.run("search", "Rutte");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("/wire.xml#");
    }

    @Test
    void a_source_that_is_neither_a_feed_nor_a_folder_is_a_usage_error() {
        Cli cli = new Cli(dir.resolve("store"));
        Cli.Result watch = cli.run("watch", dir.resolve("no-such-folder").toString(), "--once");
        assertThat(watch.exit()).isEqualTo(2);
        assertThat(watch.err()).contains("neither an http(s) feed URL nor an existing folder or file");

        Cli.Result serve = cli.run("serve", "--watch", "ftp://example.org/feed", "--port", "0");
        assertThat(serve.exit()).isEqualTo(2);
        assertThat(serve.err()).contains("only http:// and https:// feeds can be followed");

        Cli.Result every = cli.run("watch", dir.toString(), "--every", "soon");
        assertThat(every.exit()).isEqualTo(2);
        assertThat(every.err()).contains("--every: 'soon' is not a duration");
    }
}
