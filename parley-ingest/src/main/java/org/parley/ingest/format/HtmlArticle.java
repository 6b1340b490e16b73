package org.parley.ingest.format;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.parley.ingest.IngestConfig;
import org.parley.model.Problem;

/** Turns the bytes of an HTML page into a {@link Draft}: decoding, metadata, main text. Shared by the HTML and WARC readers. */
final class HtmlArticle {
    /** Bounded error tracking: jsoup keeps at most this many parse errors (we only count them). */
    private static final int MAX_PARSE_ERRORS = 0;

    private HtmlArticle() {
    }

    /**
     * @param baseUrl      the page's address when known (a WARC target), for relative links and as the fallback URL
     * @param fallbackDate the date to use when the page names none (a WARC capture date)
     */
    static Draft draft(byte[] bytes, String name, String source, IngestConfig config, Optional<Charset> transport,
                       String baseUrl, Optional<LocalDate> fallbackDate) {
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, source, config, transport);
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_PARSE_ERRORS);
        Document doc = Jsoup.parse(decoded.html(), baseUrl, parser);
        List<String> brokenJsonLd = new ArrayList<>();
        HtmlMeta meta = HtmlMeta.of(doc, brokenJsonLd);
        List<Problem> warnings = new ArrayList<>(decoded.warnings());
        if (!brokenJsonLd.isEmpty()) {
            warnings.add(new Problem(source, Problems.READ, "skipped %d JSON-LD block(s) that are not valid JSON: %s"
                    .formatted(brokenJsonLd.size(), brokenJsonLd.get(0)), ""));
        }
        String text = HtmlContent.mainText(doc);
        if (text.isBlank()) {
            throw Problems.read(source, "HTML page has no visible text", "check that it is an article page, not a script-only or empty page");
        }
        Map<String, String> metadata = new LinkedHashMap<>(meta.extra());
        String url = meta.url().isEmpty() ? baseUrl : meta.url();
        if (!baseUrl.isEmpty() && !baseUrl.equals(url)) metadata.put("target", baseUrl);
        return new Draft(name, source, meta.siteName(), meta.title(), meta.author(), url,
                meta.published().or(() -> fallbackDate), text, metadata, warnings);
    }
}
