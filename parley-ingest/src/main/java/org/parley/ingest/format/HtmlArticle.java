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
import org.parley.ingest.IngestConfig;
import org.parley.model.Problem;

/** Turns the bytes of an HTML page into a {@link Draft}: decoding, metadata, main text. Shared by the HTML and WARC readers. */
final class HtmlArticle {
    private HtmlArticle() {
    }

    /**
     * @param baseUrl      the page's address when known (a WARC target): the article's URL, and the base of relative links
     * @param fallbackDate the date to use when the page names none (a WARC capture date)
     */
    static Draft draft(byte[] bytes, String name, String source, IngestConfig config, Optional<Charset> transport,
                       String baseUrl, Optional<LocalDate> fallbackDate) {
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, source, config, transport);
        // jsoup's lenient HTML parser: any byte sequence gives a document, malformed markup included.
        Document doc = Jsoup.parse(decoded.html(), baseUrl);
        List<String> brokenJsonLd = new ArrayList<>();
        HtmlMeta meta = HtmlMeta.of(doc, brokenJsonLd);
        List<Problem> warnings = new ArrayList<>(decoded.warnings());
        if (!brokenJsonLd.isEmpty()) {
            warnings.add(new Problem(source, Problems.READ, "skipped %d JSON-LD block(s) that are not valid JSON: %s"
                    .formatted(brokenJsonLd.size(), brokenJsonLd.get(0)),
                    "the page's other metadata was used; nothing to do unless its author or date is missing"));
        }
        String text = HtmlContent.mainText(doc);
        if (text.isBlank()) {
            throw Problems.read(source, "HTML page has no visible text", "check that it is an article page, not a script-only or empty page");
        }
        Map<String, String> metadata = new LinkedHashMap<>(meta.extra());
        // A capture's address is where the page was fetched (the WARC target); the page's own canonical URL is kept beside it.
        String url = baseUrl.isEmpty() ? meta.url() : baseUrl;
        if (!meta.url().isEmpty() && !meta.url().equals(url)) metadata.put("canonical", meta.url());
        return new Draft(name, source, meta.siteName(), meta.title(), meta.author(), url,
                meta.published().or(() -> fallbackDate), text, metadata, warnings);
    }
}
