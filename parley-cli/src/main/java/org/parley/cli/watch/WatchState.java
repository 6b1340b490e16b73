package org.parley.cli.watch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the watcher remembers between polls and between runs, in a small JSON file beside the store: per source the
 * validators of the last feed answer, the items of the last feed (guid or link → article id), the files of a folder
 * (size, modification time, content hash), and its failures in a row with the time of the next try.
 *
 * <p>A file rather than a table: it is the watcher's own bookkeeping, not facts; losing it costs one full re-read
 * of each source, which the store answers with "unchanged" for every article it has.
 */
public final class WatchState {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public record Fingerprint(long size, long modified, String sha256) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Source {
        public String etag;
        public String lastModified;
        /** Feed items of the last answer: guid (else link, else position) → article id. */
        public Map<String, String> items = new LinkedHashMap<>();
        /** Folder files: absolute path → fingerprint. */
        public Map<String, Fingerprint> files = new TreeMap<>();
        public int failures;
        /** Epoch milliseconds before which a failing source is not tried again. */
        public long retryAt;

        FeedFetcher.Validators validators() {
            return new FeedFetcher.Validators(Optional.ofNullable(etag), Optional.ofNullable(lastModified));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Saved {
        public int version = 1;
        public Map<String, Source> sources = new TreeMap<>();
    }

    private final Optional<Path> file;
    private final Saved saved;

    private WatchState(Optional<Path> file, Saved saved) {
        this.file = file;
        this.saved = saved;
    }

    /** A state kept in memory only (tests, or when nothing should persist). */
    public static WatchState inMemory() {
        return new WatchState(Optional.empty(), new Saved());
    }

    /**
     * The state in {@code file}, or a new one when the file does not exist yet.
     *
     * @throws IllegalArgumentException when the file is not a state file, saying how to start afresh
     */
    public static WatchState load(Path file) {
        if (!Files.exists(file)) return new WatchState(Optional.of(file), new Saved());
        try {
            return new WatchState(Optional.of(file), JSON.readValue(file.toFile(), Saved.class));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the watch state %s (%s); delete it to start afresh (sources are then read again in full, stored articles stay unchanged)"
                    .formatted(file, e.getMessage()), e);
        }
    }

    public Source of(WatchSource source) {
        return saved.sources.computeIfAbsent(source.key(), k -> new Source());
    }

    /** Writes the state, replacing the file in one move so a crash leaves the old or the new state, never half. */
    public synchronized void save() {
        if (file.isEmpty()) return;
        Path target = file.get();
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), saved);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the watch state " + target + ": " + e.getMessage(), e);
        }
    }
}
