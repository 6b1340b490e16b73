package org.parley.ingest.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The fields of one RSS item or Atom entry as read from the XML, and how they become a {@link Draft}: full text
 * from {@code content:encoded} (or Atom {@code content}) when present, else the description or summary; HTML
 * inside is rendered as text.
 */
final class FeedItem {
    private static final Pattern EMAIL_AND_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    String title = "";
    String link = "";
    String id = "";
    String published = "";
    String updated = "";
    String author = "";
    String content = "";
    String description = "";
    final List<String> categories = new ArrayList<>();

    Draft draft(String name, String source, String outlet) {
        String body = content.isBlank() ? description : content;
        String text = asText(body);
        if (text.isBlank()) {
            throw Problems.read(source, "feed item has no text (no content:encoded, content, description or summary)",
                    "the feed carries only links; fetch the pages (e.g. into a WARC) and read those");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        if (!id.isBlank()) metadata.put("guid", id.strip());
        if (!categories.isEmpty()) metadata.put("categories", String.join(", ", categories));
        if (!content.isBlank() && !description.isBlank()) metadata.put("summary", asText(description));
        String date = published.isBlank() ? updated : published;
        return new Draft(name, source, outlet, asText(title), person(asText(author)), link.strip(), Dates.parse(date), text, metadata, List.of());
    }

    /** RSS writes authors as {@code jane@example.com (Jane Roe)}: the name is the part in brackets; a bare address is no name. */
    static String person(String author) {
        Matcher m = EMAIL_AND_NAME.matcher(author.strip());
        if (m.matches()) return m.group(1).strip();
        return author.matches("\\S+@\\S+") ? "" : author;
    }

    /** Feed fields often carry escaped HTML: render it as text; plain text stays as it is. */
    static String asText(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) return s.strip();
        return HtmlText.render(Jsoup.parseBodyFragment(s).body());
    }
}
