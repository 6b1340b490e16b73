package org.parley.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.parley.ingest.format.ArticleMaker;
import org.parley.ingest.format.Bytes;
import org.parley.ingest.format.FeedReader;
import org.parley.ingest.format.Format;
import org.parley.ingest.format.FormatReader;
import org.parley.ingest.format.Gzip;
import org.parley.ingest.format.HtmlReader;
import org.parley.ingest.format.Input;
import org.parley.ingest.format.JsonReader;
import org.parley.ingest.format.JsonlReader;
import org.parley.ingest.format.Problems;
import org.parley.ingest.format.Sniffer;
import org.parley.ingest.format.TextReader;
import org.parley.ingest.format.WarcFileReader;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.StageException;

/**
 * Reads news articles from files, folders and streams, in plain text, HTML, JSON Lines, JSON, RSS/Atom and
 * WARC, and cleans them.
 *
 * <p>Contract:
 * <ol>
 *   <li>the returned stream is lazy: a file is opened only when its first article is asked for, and at most one
 *       record of a container is held at a time, so folders of any number of files and JSONL, feed and WARC files
 *       of any size can be read; the caller closes the stream (try-with-resources);</li>
 *   <li>each element is {@link Outcome.Done} (an article with warnings) or {@link Outcome.Failed} (a problem with
 *       one input or record): one problem never stops the rest;</li>
 *   <li>a folder is read recursively in sorted path order, skipping hidden files and folders;</li>
 *   <li>the format follows the file extension, else the content.</li>
 * </ol>
 * Thread-safe: holds configuration only; each stream has its own state.
 */
public final class ArticleReader {
    private final IngestConfig config;
    private final Map<Format, FormatReader> readers = new EnumMap<>(Format.class);

    public ArticleReader(IngestConfig config) {
        this.config = Objects.requireNonNull(config, "config is null");
        ArticleMaker maker = new ArticleMaker(config, new Cleaner());
        readers.put(Format.TEXT, new TextReader(maker));
        readers.put(Format.HTML, new HtmlReader(maker));
        readers.put(Format.JSON, new JsonReader(maker));
        readers.put(Format.JSONL, new JsonlReader(maker));
        readers.put(Format.FEED, new FeedReader(maker));
        readers.put(Format.WARC, new WarcFileReader(maker));
    }

    public IngestConfig config() {
        return config;
    }

    /** The articles of a file, or of every file under a folder. */
    public Stream<Outcome<Article>> read(Path path) {
        Objects.requireNonNull(path, "path is null");
        return LazyStreams.concat(List.of(path), p -> {
            if (!Files.exists(p)) return Stream.of(Outcome.failed(Problems.io(p.toString(), new NoSuchFileException(p.toString())).problem()));
            if (!Files.isDirectory(p)) return readFile(p);
            InputFiles found = InputFiles.under(p);
            // Stream.concat is lazy element by element; only flatMap buffers.
            return Stream.concat(found.problems().stream().map(Outcome::<Article>failed), LazyStreams.concat(found.files(), this::readFile));
        });
    }

    /**
     * The articles of a stream such as stdin, its format sniffed from its first bytes.
     *
     * @param name what problems and articles call the input, e.g. {@code "stdin"}
     */
    public Stream<Outcome<Article>> read(String name, InputStream in) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(in, "in is null");
        return LazyStreams.concat(List.of(name), n -> {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            byte[] head;
            try {
                buffered.mark(Bytes.HEAD);
                head = buffered.readNBytes(Bytes.HEAD);
                buffered.reset();
            } catch (IOException e) {
                return Stream.of(Outcome.<Article>failed(Problems.io(n, e).problem()));
            }
            if (!Gzip.magic(head)) {
                return readers.get(Sniffer.sniff(head, head.length)).read(new Input(n, n, () -> buffered, OptionalLong.empty()));
            }
            Format inner;
            try {
                buffered.mark(1 << 16);
                inner = Gzip.innerFormat(n, Gzip.inflatedHead(buffered));
                buffered.reset();
            } catch (IOException e) {
                return Stream.of(Outcome.<Article>failed(Problems.io(n, e).problem()));
            }
            // jwarc reads gzipped WARC itself, record by record; every other format reads the decompressed bytes.
            Input.Opener open = inner == Format.WARC ? () -> buffered : () -> Gzip.inflate(buffered);
            return readers.get(inner).read(new Input(n, n, open, OptionalLong.empty()));
        });
    }

    /** The files {@link #read(Path)} reads, for counting and progress: the path itself, or the files under a folder. */
    public List<Path> files(Path path) {
        if (!Files.isDirectory(path)) return Files.exists(path) ? List.of(path) : List.of();
        return InputFiles.under(path).files();
    }

    private Stream<Outcome<Article>> readFile(Path file) {
        String source = file.toString();
        String name = file.getFileName() == null ? source : file.getFileName().toString();
        try {
            if (!Files.isReadable(file)) throw Problems.io(source, new AccessDeniedException(source));
            long size = Files.size(file);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".gz") && !lower.endsWith(".warc.gz") && size > 0) return readGzipFile(file, name, source);
            Format format = Sniffer.byName(name).orElseGet(() -> sniff(file, name));
            return readers.get(format).read(new Input(name, source, () -> Files.newInputStream(file), OptionalLong.of(size)));
        } catch (IOException e) {
            return Stream.of(Outcome.failed(Problems.io(source, e).problem()));
        } catch (StageException e) {
            return Stream.of(Outcome.failed(e.problem()));
        }
    }

    /** A gzip file: a WARC inside is read by jwarc, anything else through a decompressing stream, its size unknown. */
    private Stream<Outcome<Article>> readGzipFile(Path file, String name, String source) throws IOException {
        Format inner;
        try (InputStream raw = Files.newInputStream(file)) {
            inner = Gzip.innerFormat(name, Gzip.inflatedHead(raw));
        }
        if (inner == Format.WARC) return readers.get(Format.WARC).read(new Input(name, source, () -> Files.newInputStream(file), OptionalLong.empty()));
        return readers.get(inner).read(new Input(name, source, () -> Gzip.inflate(Files.newInputStream(file)), OptionalLong.empty()));
    }

    private static Format sniff(Path file, String name) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(Bytes.HEAD);
        } catch (IOException e) {
            throw Problems.io(file.toString(), e);
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".xml") ? Sniffer.sniffXml(head, head.length) : Sniffer.sniff(head, head.length);
    }
}
