package org.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Small inputs of every format, written here by hand (no seed or corpus text). */
final class Fixtures {
    static final String P1 = "The harbour council voted on Tuesday to expand the port, ending a debate that lasted two years.";
    static final String P2 = "Critics said the plan would cost more than the city could afford, but the mayor disagreed, saying trade would grow.";
    static final String P3 = "\"We will build it in stages,\" the mayor said after the vote, adding that work could begin in the spring.";

    private Fixtures() {
    }

    static String html() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head>
                <meta charset="utf-8">
                <title>Harbour expansion approved | Coast Courier</title>
                <meta property="og:title" content="Harbour expansion approved after two-year fight">
                <meta property="og:site_name" content="Coast Courier">
                <meta property="og:description" content="The council voted to expand the port.">
                <link rel="canonical" href="https://courier.example/news/harbour-expansion">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour expansion approved",
                 "datePublished":"2025-02-13T09:30:00+01:00","author":[{"@type":"Person","name":"Jane Roe"}],
                 "publisher":{"@type":"Organization","name":"Coast Courier Ltd"}}
                </script>
                <script>var tracking = "Subscribe now, it is very important to read this long script text";</script>
                </head><body>
                <header class="site-header"><nav class="main-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
                  <a href="/weather">Weather and other things we link to from every single page of the site</a></nav></header>
                <div class="layout">
                <article class="story">
                  <h1>Harbour expansion approved</h1>
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this story to your followers now</a></div>
                  <p>%s</p>
                  <p>%s</p>
                  <p>%s</p>
                </article>
                <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">A story about a cat that climbed a very tall tree in the park</a></li>
                  <li><a href="/b">Another story about something else, with many words to look long</a></li></ul></aside>
                </div>
                <section id="comments" class="comments">
                  <p>First comment: I think the harbour is a waste of money, and the council should have listened to us.</p>
                  <p>Second comment: Great news for the town, finally some jobs, and more ships, and more trade for everyone.</p>
                </section>
                <footer class="site-footer"><p>Copyright 2025 Coast Courier. All rights reserved. Contact us, about us, careers, advertising.</p></footer>
                </body></html>
                """.formatted(P1, P2, P3);
    }

    static String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel>
                  <title>Coast Courier News</title>
                  <link>https://courier.example/</link>
                  <description>Local news</description>
                  <item>
                    <title>Harbour expansion approved</title>
                    <link>https://courier.example/news/1</link>
                    <guid isPermaLink="false">courier-1</guid>
                    <pubDate>Thu, 13 Feb 2025 09:30:00 +0100</pubDate>
                    <dc:creator>Jane Roe</dc:creator>
                    <category>Local</category>
                    <description>Short summary only.</description>
                    <content:encoded><![CDATA[<p>%s</p><p>%s <a href="/x">link</a></p>]]></content:encoded>
                  </item>
                  <item>
                    <title>Second story &amp; more</title>
                    <link>https://courier.example/news/2</link>
                    <pubDate>Fri, 14 Feb 2025 10:00:00 GMT</pubDate>
                    <description>&lt;p&gt;%s&lt;/p&gt;</description>
                  </item>
                </channel>
                </rss>
                """.formatted(P1, P2, P3);
    }

    static String atom() {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Coast Courier (Atom)</title>
                  <id>urn:courier</id>
                  <updated>2025-02-14T10:00:00Z</updated>
                  <entry>
                    <title type="html">Harbour &lt;b&gt;expansion&lt;/b&gt; approved</title>
                    <link rel="alternate" href="https://courier.example/news/1"/>
                    <link rel="edit" href="https://courier.example/edit/1"/>
                    <id>urn:courier:1</id>
                    <published>2025-02-13T09:30:00Z</published>
                    <author><name>Jane Roe</name></author>
                    <summary>Short summary.</summary>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>%s</p><p>%s &amp; more</p></div></content>
                  </entry>
                  <entry>
                    <title>Second</title>
                    <id>urn:courier:2</id>
                    <updated>2025-02-14T10:00:00Z</updated>
                    <summary type="html">&lt;p&gt;%s&lt;/p&gt;</summary>
                  </entry>
                </feed>
                """.formatted(P1, P2, P3);
    }

    /** A WARC with a request, an HTML response without a date of its own, an image response and a second page. */
    static byte[] warc(boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            URI first = URI.create("https://courier.example/news/1");
            writer.write(new WarcRequest.Builder(first).date(Instant.parse("2025-02-13T10:00:00Z"))
                    .body(MediaType.HTTP_REQUEST, ("GET /news/1 HTTP/1.1\r\nHost: courier.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).build());
            writer.write(response(first, "2025-02-13T10:00:01Z", "text/html; charset=utf-8",
                    "<html><head><title>Harbour</title></head><body><article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>"));
            writer.write(response(URI.create("https://courier.example/logo.png"), "2025-02-13T10:00:02Z", "image/png", "\u0089PNG fake"));
            writer.write(response(URI.create("https://courier.example/news/2"), "2025-02-14T08:00:00Z", "text/html",
                    "<html><head><meta property=\"og:site_name\" content=\"Coast Courier\"><meta property=\"article:published_time\" content=\"2025-02-12\">"
                            + "<link rel=\"canonical\" href=\"/news/2-harbour\">"
                            + "</head><body><div class=\"content\"><p>" + P3 + "</p><p>" + P2 + "</p></div></body></html>"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static WarcResponse response(URI uri, String date, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(uri).date(Instant.parse(date)).body(http).build();
    }

    static String jsonl() {
        return String.join("\n",
                "{\"id\":\"a-1\",\"title\":\"Harbour\",\"text\":\"" + P1 + "\\n\\n" + P2 + "\",\"source\":\"Coast Courier\",\"published\":\"2025-02-13\",\"url\":\"https://courier.example/1\",\"story\":\"s1\",\"tags\":[\"port\",\"council\"],\"score\":3}",
                "{\"id\":\"a-2\",\"text\": \"broken line, the quote never closes}",
                "",
                "{\"title\":\"No id\",\"text\":\"" + P3.replace("\"", "\\\"") + "\",\"published\":\"2025-02-14T23:30:00Z\",\"story\":null}",
                "{\"id\":\"a-4\",\"title\":\"No text\"}",
                "{\"id\":\"a-5\",\"text\":\"" + P2 + "\",\"published\":\"last Tuesday\"}") + "\n";
    }
}
