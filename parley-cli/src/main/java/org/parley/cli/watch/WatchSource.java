package org.parley.cli.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** What {@code parley watch} follows: an RSS/Atom feed by URL, or a folder (or one file) on this machine. */
public sealed interface WatchSource {
    /** The key this source's state is kept under, and the name its problems are reported with. */
    String key();

    record Feed(URI url) implements WatchSource {
        public Feed {
            Objects.requireNonNull(url, "url is null");
        }

        @Override
        public String key() {
            return url.toString();
        }
    }

    record Folder(Path path) implements WatchSource {
        public Folder {
            Objects.requireNonNull(path, "path is null");
            path = path.toAbsolutePath().normalize();
        }

        @Override
        public String key() {
            return path.toString();
        }
    }

    /**
     * An http(s) URL is a feed; anything else must be an existing folder or file.
     *
     * @throws IllegalArgumentException naming the argument and what to give instead
     */
    static WatchSource parse(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI url = new URI(arg);
                if (url.getHost() == null) throw new URISyntaxException(arg, "no host name");
                return new Feed(url);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("'%s' is not a valid feed URL (%s); give e.g. https://example.org/feed.xml"
                        .formatted(arg, e.getReason()), e);
            }
        }
        if (lower.contains("://")) {
            throw new IllegalArgumentException("'%s': only http:// and https:// feeds can be followed; give a feed URL or a folder".formatted(arg));
        }
        Path path = Path.of(arg);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("'%s' is neither an http(s) feed URL nor an existing folder or file; create the folder first".formatted(arg));
        }
        return new Folder(path);
    }
}
