package org.parley.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;

/** A watched folder: new files are read, touched files are not, edited files are, a vanished folder is a failure. */
class WatcherFolderTest {
    final Fakes.MovableClock clock = new Fakes.MovableClock();
    final Fakes.MemorySink sink = new Fakes.MemorySink();
    final List<String> problems = new ArrayList<>();
    final WatchState state = WatchState.inMemory();

    Watcher watcher(Path folder, Duration settle) {
        return new Watcher(List.of(new WatchSource.Folder(folder)), new ArticleReader(IngestConfig.defaults()),
                new FeedFetcher(Duration.ofSeconds(5), 1 << 20), sink, state, clock,
                new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(8)), settle, l -> { }, problems::add);
    }

    static void write(Path file, String what, long modifiedMillis) throws Exception {
        Files.writeString(file, "Talks on " + what + "\n\nNegotiators met in Istanbul on Tuesday to discuss " + what
                + ". The delegations said the meeting was constructive and that experts would continue the work.\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedMillis));
    }

    @Test
    void new_and_edited_files_are_read_and_untouched_or_merely_touched_ones_are_not(@TempDir Path dir) throws Exception {
        long t = clock.millis() - 60_000;
        write(dir.resolve("a.txt"), "grain exports", t);
        Watcher w = watcher(dir, Duration.ZERO);
        assertThat(w.poll().stored()).isEqualTo(1);

        write(dir.resolve("b.txt"), "prisoner exchanges", t);
        Files.setLastModifiedTime(dir.resolve("a.txt"), FileTime.fromMillis(t + 1000));   // touched, same bytes
        Watcher.Poll second = w.poll();
        assertThat(second.stored()).isEqualTo(1);
        assertThat(sink.analysed).extracting(a -> a.title()).containsExactly("Talks on grain exports", "Talks on prisoner exchanges");

        write(dir.resolve("a.txt"), "grain exports through the Black Sea", t + 2000);
        Watcher.Poll third = w.poll();
        assertThat(third.stored()).isEqualTo(1);
        assertThat(third.updated()).isEqualTo(1);

        assertThat(w.poll()).isEqualTo(Watcher.Poll.NONE);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_file_still_being_written_waits_for_the_next_poll(@TempDir Path dir) throws Exception {
        write(dir.resolve("a.txt"), "grain exports", clock.millis() - 500);
        Watcher w = watcher(dir, Duration.ofSeconds(2));

        assertThat(w.poll().stored()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(w.poll().stored()).isEqualTo(1);
    }

    @Test
    void a_vanished_folder_is_one_line_and_a_rest(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("inbox"));
        Watcher w = watcher(folder, Duration.ZERO);
        Files.delete(folder);

        assertThat(w.poll().failedSources()).isEqualTo(1);
        assertThat(problems).singleElement().asString().isEqualTo("parley: watch " + folder.toAbsolutePath()
                + ": is gone (no such folder or file); create it again or stop watching it; next try in 60 s (failure 1 in a row)");
    }

    @Test
    void a_source_is_a_feed_url_or_an_existing_path(@TempDir Path dir) {
        assertThat(WatchSource.parse("https://example.org/feed.xml")).isInstanceOf(WatchSource.Feed.class);
        assertThat(WatchSource.parse(dir.toString())).isEqualTo(new WatchSource.Folder(dir));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WatchSource.parse("ftp://example.org/feed"))
                .hasMessageContaining("only http:// and https://");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WatchSource.parse(dir.resolve("nope").toString()))
                .hasMessageContaining("neither an http(s) feed URL nor an existing folder");
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("write e.g. 30s");
    }
}
