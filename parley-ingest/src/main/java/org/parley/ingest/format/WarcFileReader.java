package org.parley.ingest.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.StageException;

/**
 * WARC and WARC.gz web archives (jwarc), streamed record by record: every successful HTML {@code response} is
 * read as an HTML page, with the record's target URI as its address and the capture date as the fallback date.
 * Articles are named {@code file#n}, located {@code file@byte}. Damage ends the file with one problem naming the
 * byte offset; the articles before it are kept.
 */
public final class WarcFileReader implements FormatReader {
    private final ArticleMaker maker;

    public WarcFileReader(ArticleMaker maker) {
        this.maker = maker;
    }

    @Override
    public Stream<Outcome<Article>> read(Input in) {
        return LazyRecords.stream(() -> open(in));
    }

    private Cursor open(Input in) {
        BufferedInputStream stream = Documents.openStreamed(in, false).stream();
        try {
            return new Records(in, stream, new WarcReader(stream));
        } catch (IOException | RuntimeException e) {
            Documents.closeQuietly(stream);
            throw Problems.read(in.source(), "is not a WARC file: " + e.getMessage(), "give a WARC or WARC.gz file, or rename the file after its real format");
        }
    }

    private final class Records implements Cursor {
        private final Input input;
        private final InputStream stream;
        private final WarcReader warc;
        private boolean ended;
        private int records;
        private int count;

        Records(Input input, InputStream stream, WarcReader warc) {
            this.input = input;
            this.stream = stream;
            this.warc = warc;
        }

        @Override
        public Outcome<Article> next() {
            if (ended) return null;
            while (true) {
                WarcRecord record;
                long at;
                try {
                    Optional<WarcRecord> r = warc.next();
                    if (r.isEmpty()) {
                        ended = true;
                        // An archive that yields nothing is said, so a user who asked for it knows why.
                        return count > 0 ? null : Problems.failed(input.source(),
                                "holds no HTML response record (%d record(s) read)".formatted(records),
                                "Parley reads the HTML pages of WARC 'response' records; this archive has none");
                    }
                    record = r.get();
                    at = warc.position();
                    records++;
                } catch (IOException | RuntimeException e) {
                    // jwarc moves its position to the new record before parsing its header, so this names the damaged record.
                    return damaged(warc.position(), e);
                }
                if (!(record instanceof WarcResponse response)) continue;
                try {
                    Optional<Outcome<Article>> article = article(response, at);
                    if (article.isPresent()) return article.get();
                } catch (IOException | RuntimeException e) {
                    return damaged(at, e);
                }
            }
        }

        /** The article of an HTML response; empty for other responses (images, scripts, redirects, errors). */
        private Optional<Outcome<Article>> article(WarcResponse response, long at) throws IOException {
            if (!response.contentType().base().toString().equals("application/http")) return Optional.empty();
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String sub = type.subtype().toLowerCase(Locale.ROOT);
            if (http.status() < 200 || http.status() >= 300 || !(sub.equals("html") || sub.equals("xhtml+xml"))) return Optional.empty();
            count++;
            String where = input.source() + "@" + at;
            long limit = maker.config().maxRecordBytes();
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = Bytes.readAtMost(in, limit, where, "WARC record " + response.target());
            } catch (StageException e) {
                return Optional.of(Outcome.failed(e.problem()));
            }
            if (body.length == 0) return Optional.of(Problems.failed(where, "HTML response for " + response.target() + " has an empty body",
                    "the capture holds no page; capture it again if it is needed"));
            Optional<Charset> charset = Optional.ofNullable(type.parameters().get("charset")).flatMap(CharsetDetector::forName);
            Optional<LocalDate> captured = Optional.ofNullable(response.date()).map(d -> d.atZone(ZoneOffset.UTC).toLocalDate());
            try {
                Draft draft = HtmlArticle.draft(body, input.name() + "#" + count, where, maker.config(), charset, response.target(), captured);
                Map<String, String> metadata = new LinkedHashMap<>(draft.metadata());
                if (response.date() != null) metadata.put("captured", response.date().toString());
                return Optional.of(maker.make(new Draft(draft.name(), draft.source(), draft.outlet(), draft.title(), draft.author(),
                        draft.url(), draft.published(), draft.originalText(), metadata, draft.warnings())));
            } catch (StageException e) {
                return Optional.of(Outcome.failed(e.problem()));
            }
        }

        private Outcome<Article> damaged(long at, Exception e) {
            ended = true;
            String what = records == 0 ? "is not a readable WARC file" : "WARC file is damaged or cut short after %d record(s)".formatted(records);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Problems.failed(input.source() + "@" + at, what + " at byte " + at + ": " + why,
                    records == 0 ? "give a WARC or WARC.gz file" : "the records before this point were read; fetch or copy the archive again for the rest");
        }

        @Override
        public void close() throws IOException {
            try {
                warc.close();
            } finally {
                stream.close();
            }
        }
    }
}
