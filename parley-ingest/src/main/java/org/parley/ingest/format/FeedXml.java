package org.parley.ingest.format;

import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one {@code <item>} or {@code <entry>} from a StAX reader into a {@link FeedItem}, within a size limit. */
final class FeedXml {
    private FeedXml() {
    }

    /**
     * Reads from the item's start tag to its end tag.
     *
     * @return false when the item holds more than {@code limit} characters (the rest of it was skipped)
     */
    static boolean readItem(XMLStreamReader xml, FeedItem item, long limit) throws XMLStreamException {
        long[] budget = {limit};
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String field = xml.getLocalName().toLowerCase(Locale.ROOT);
            String href = attr(xml, "href");
            String rel = attr(xml, "rel");
            String term = attr(xml, "term");
            String value = inner(xml, budget);
            switch (field) {
                case "title" -> item.title = first(item.title, value);
                case "link" -> {
                    if (!href.isEmpty()) {
                        if (rel.isEmpty() || rel.equals("alternate")) item.link = first(item.link, href);
                    } else {
                        item.link = first(item.link, value);
                    }
                }
                case "guid", "id" -> item.id = first(item.id, value);
                case "pubdate", "published", "date", "issued" -> item.published = first(item.published, value);
                case "updated", "modified" -> item.updated = first(item.updated, value);
                case "author", "creator" -> item.author = first(item.author, value);
                case "encoded", "content" -> item.content = first(item.content, value);
                case "description", "summary" -> item.description = first(item.description, value);
                case "category" -> {
                    String c = term.isEmpty() ? value.strip() : term;
                    if (!c.isEmpty()) item.categories.add(c);
                }
                default -> {
                    // other fields (comments, enclosure, media:*) carry no article text
                }
            }
        }
        return budget[0] >= 0;
    }

    /** The content of the current element as markup (text of HTML-escaped fields stays as it is), consuming its end tag. */
    private static String inner(XMLStreamReader xml, long[] budget) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    add(sb, "<" + xml.getLocalName() + ">", budget);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) add(sb, "</" + xml.getLocalName() + ">", budget);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        add(sb, depth > 1 ? escape(xml.getText()) : xml.getText(), budget);
                default -> {
                    // comments and processing instructions are not content
                }
            }
        }
        return sb.toString();
    }

    private static void add(StringBuilder sb, String s, long[] budget) {
        budget[0] -= s.length();
        if (budget[0] >= 0) sb.append(s);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(XMLStreamReader xml, String name) {
        String v = xml.getAttributeValue(null, name);
        return v == null ? "" : v.strip();
    }

    private static String first(String current, String value) {
        return current.isBlank() ? value : current;
    }
}
