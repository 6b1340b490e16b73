package org.parley.cli.watch;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small RSS and Atom documents for the tests, each item a few real sentences so cleaning keeps them. */
final class Feeds {
    record Item(String guid, String title, String text) {
    }

    private Feeds() {
    }

    static Item item(String guid, String what) {
        return new Item(guid, "Talks: " + what,
                "Negotiators met in Geneva on Tuesday to discuss " + what + ". The foreign minister said the talks "
                        + "were difficult but useful, and that both delegations would meet again next week. "
                        + "Officials on both sides declined to give details of the draft.");
    }

    static String rss(Item... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test Wire</title><link>http://example.org/</link>
                %s
                </channel></rss>
                """.formatted(Arrays.stream(items).map(i -> """
                <item><guid>%s</guid><title>%s</title><link>http://example.org/%s</link>
                <pubDate>Tue, 01 Feb 2022 10:00:00 GMT</pubDate><description>%s</description></item>"""
                .formatted(i.guid(), i.title(), i.guid(), i.text())).collect(Collectors.joining("\n")));
    }

    static String atom(Item... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:test</id>
                <updated>2022-02-01T10:00:00Z</updated>
                %s
                </feed>
                """.formatted(Arrays.stream(items).map(i -> """
                <entry><id>%s</id><title>%s</title><link href="http://example.org/a/%s"/>
                <updated>2022-02-01T10:00:00Z</updated><content type="text">%s</content></entry>"""
                .formatted(i.guid(), i.title(), i.guid(), i.text())).collect(Collectors.joining("\n")));
    }
}
