package org.parley.cli.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.parley.ingest.format.Format;
import org.parley.ingest.format.Sniffer;

/**
 * How many articles (and unreadable records) reading some files will give, for the progress bar: one per text or
 * HTML file, one per non-blank line of a JSON Lines file. Unknown when any input is a feed, a WARC, a gzip file, a
 * JSON array or standard input, whose records are only known by reading them; the bar then counts without a total.
 */
public final class ArticleCount {
    private ArticleCount() {
    }

    public static OptionalLong of(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            OptionalLong n = of(f);
            if (n.isEmpty()) return OptionalLong.empty();
            total += n.getAsLong();
        }
        return OptionalLong.of(total);
    }

    static OptionalLong of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) return OptionalLong.empty();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            Format format = Sniffer.byName(name).orElseGet(() -> Sniffer.sniff(head, head.length));
            return switch (format) {
                case TEXT, HTML -> OptionalLong.of(1);
                case JSON -> firstNonBlank(head) == '[' ? OptionalLong.empty() : OptionalLong.of(1);
                case JSONL -> OptionalLong.of(nonBlankLines(head, in));
                case FEED, WARC -> OptionalLong.empty();
            };
        } catch (IOException e) {
            return OptionalLong.of(1); // the reader reports it as one problem
        }
    }

    private static int firstNonBlank(byte[] head) {
        for (byte b : head) {
            if (!Character.isWhitespace(b)) return b;
        }
        return -1;
    }

    /** Lines holding anything but white space, read in blocks: a multi-gigabyte file is counted at disk speed. */
    private static long nonBlankLines(byte[] head, InputStream rest) throws IOException {
        long lines = 0;
        boolean content = false;
        byte[] buffer = head;
        int length = head.length;
        byte[] block = new byte[1 << 16];
        while (length > 0) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    if (content) lines++;
                    content = false;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    content = true;
                }
            }
            buffer = block;
            length = Math.max(0, rest.read(block));
        }
        return content ? lines + 1 : lines;
    }
}
