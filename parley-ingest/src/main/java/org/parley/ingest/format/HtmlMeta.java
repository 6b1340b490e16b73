package org.parley.ingest.format;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: title, author, publication date, canonical URL and site name, from
 * OpenGraph and other {@code <meta>} tags, JSON-LD, {@code <link rel=canonical>}, {@code <time>} and the markup.
 * The first source that has a value wins, in the order of the lists below.
 */
record HtmlMeta(String title, String author, Optional<LocalDate> published, String url, String siteName,
                Map<String, String> extra) {

    static HtmlMeta of(Document doc, List<String> brokenJsonLd) {
        Optional<JsonLd> ld = JsonLd.of(doc, brokenJsonLd);
        String site = first(meta(doc, "og:site_name"), ld.map(JsonLd::publisher).orElse(""), meta(doc, "application-name"));
        String title = first(meta(doc, "og:title"), ld.map(JsonLd::headline).orElse(""), meta(doc, "twitter:title"),
                text(doc.selectFirst("h1")), pageTitle(doc, site));
        String author = first(meta(doc, "author"), ld.map(JsonLd::author).orElse(""), notUrl(meta(doc, "article:author")),
                meta(doc, "dc.creator"), meta(doc, "byl").replaceFirst("(?i)^by\\s+", ""), text(doc.selectFirst("[rel=author]")),
                text(doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author]")));
        Optional<LocalDate> published = Dates.parse(first(meta(doc, "article:published_time"), ld.map(JsonLd::datePublished).orElse(""),
                meta(doc, "og:published_time"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "publish-date"),
                meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "dcterms.created"),
                meta(doc, "sailthru.date"), meta(doc, "parsely-pub-date"), itemprop(doc, "datePublished"), time(doc)));
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"), ld.map(JsonLd::url).orElse(""));
        Map<String, String> extra = new LinkedHashMap<>();
        put(extra, "description", first(meta(doc, "og:description"), meta(doc, "description")));
        put(extra, "section", meta(doc, "article:section"));
        put(extra, "keywords", meta(doc, "keywords"));
        put(extra, "language", attr(doc.selectFirst("html"), "lang"));
        return new HtmlMeta(title, author, published, url, site, extra);
    }

    /** The content of {@code <meta property|name|itemprop=key>}, case-insensitive on the key. */
    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            for (String a : new String[] {"property", "name", "itemprop"}) {
                if (m.attr(a).equalsIgnoreCase(key)) {
                    String v = m.attr("content").strip();
                    if (!v.isEmpty()) return v;
                }
            }
        }
        return "";
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) return "";
        return first(e.attr("content"), e.attr("datetime"), e.text());
    }

    /** The first {@code <time datetime>}, preferring one marked pubdate or inside the article. */
    private static String time(Document doc) {
        Element t = doc.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
        return t == null ? "" : t.attr("datetime");
    }

    /** {@code <title>} without a trailing " | Site" or " - Site". */
    private static String pageTitle(Document doc, String site) {
        String t = doc.title().strip();
        if (!site.isEmpty()) {
            for (String sep : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
                if (t.endsWith(sep + site)) return t.substring(0, t.length() - sep.length() - site.length()).strip();
            }
        }
        return t;
    }

    private static String notUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://") ? "" : s;
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return "";
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (!v.isEmpty()) m.put(k, v);
    }
}
