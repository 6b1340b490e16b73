package org.parley.cli.watch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.parley.ingest.ArticleReader;
import org.parley.model.Article;
import org.parley.model.Outcome;

/**
 * One poll of a watched folder (or file): the files that are new or changed since the last poll are read whole.
 * Unchanged size and modification time means unchanged; otherwise the content hash decides, so a file touched
 * but not edited is not read again. A file modified within the last {@code settle} is left for the next poll: it
 * may still be being written.
 */
final class FolderScan {
    /** Where the articles of a changed file go. */
    @FunctionalInterface
    interface Ingest {
        void accept(Article article, boolean update, Watcher.Counter c);
    }

    private final ArticleReader reader;
    private final Clock clock;
    private final Duration settle;

    FolderScan(ArticleReader reader, Clock clock, Duration settle) {
        this.reader = reader;
        this.clock = clock;
        this.settle = settle;
    }

    void poll(WatchSource.Folder folder, WatchState.Source st, BooleanSupplier stopping, Watcher.Counter c, Ingest ingest)
            throws FeedFetcher.SourceException {
        if (!Files.exists(folder.path())) {
            throw new FeedFetcher.SourceException("is gone (no such folder or file); create it again or stop watching it");
        }
        List<Path> files = reader.files(folder.path());
        Map<String, WatchState.Fingerprint> seen = new TreeMap<>();
        for (Path file : files) {
            String key = file.toAbsolutePath().normalize().toString();
            WatchState.Fingerprint old = st.files.get(key);
            if (stopping.getAsBoolean()) {
                if (old != null) seen.put(key, old);
                continue;
            }
            WatchState.Fingerprint now;
            try {
                long size = Files.size(file);
                long modified = Files.getLastModifiedTime(file).toMillis();
                if (old != null && old.size() == size && old.modified() == modified) {
                    seen.put(key, old);
                    continue;
                }
                if (clock.millis() - modified < settle.toMillis()) {
                    if (old != null) seen.put(key, old);   // still being written: next poll
                    continue;
                }
                now = new WatchState.Fingerprint(size, modified, sha256(file));
            } catch (IOException e) {
                c.problem(new org.parley.model.Problem(key, "read", "cannot read: " + e.getMessage(), "check the file's permissions"));
                continue;
            }
            if (old != null && old.sha256().equals(now.sha256())) {
                seen.put(key, now);
                continue;
            }
            boolean whole = true;
            try (Stream<Outcome<Article>> read = reader.read(file)) {
                for (Outcome<Article> outcome : (Iterable<Outcome<Article>>) read::iterator) {
                    if (stopping.getAsBoolean()) {
                        whole = false;
                        break;
                    }
                    switch (outcome) {
                        case Outcome.Failed<Article> f -> c.problem(f.problem());
                        case Outcome.Done<Article> d -> {
                            d.warnings().forEach(c::problem);
                            ingest.accept(d.value(), old != null, c);
                        }
                    }
                }
            }
            // A file read only in part before a stop keeps its old fingerprint, so the next run reads it again.
            if (whole) seen.put(key, now);
            else if (old != null) seen.put(key, old);
        }
        st.files = seen;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
