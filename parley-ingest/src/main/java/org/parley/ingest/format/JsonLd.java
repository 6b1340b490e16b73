package org.parley.ingest.format;

import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article node of a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting} …), if any. */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "liveblogposting",
            "scholarlyarticle", "techarticle", "webpage");

    private final JsonNode node;

    private JsonLd(JsonNode node) {
        this.node = node;
    }

    /** The most article-like JSON-LD node; a block that is not valid JSON is skipped and counted in {@code broken}. */
    static Optional<JsonLd> of(Document doc, List<String> broken) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                broken.add(e.getOriginalMessage());
            }
        }
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode n : nodes) {
            int rank = rank(n);
            if (rank < bestRank) {
                best = n;
                bestRank = rank;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new JsonLd(best));
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) return;
        if (n.isArray()) {
            n.forEach(c -> collect(c, out));
        } else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) collect(n.get("@graph"), out);
        }
    }

    /** 0 for news articles, 1 for other articles, 2 for web pages, none for the rest. */
    private static int rank(JsonNode n) {
        int best = Integer.MAX_VALUE;
        JsonNode type = n.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) type.forEach(t -> types.add(t.asText()));
        else if (type != null) types.add(type.asText());
        for (String t : types) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (!ARTICLE_TYPES.contains(lower)) continue;
            best = Math.min(best, lower.endsWith("newsarticle") ? 0 : lower.equals("webpage") ? 2 : 1);
        }
        return best;
    }

    String headline() {
        return text(node.get("headline"));
    }

    String datePublished() {
        String d = text(node.get("datePublished"));
        return d.isEmpty() ? text(node.get("dateCreated")) : d;
    }

    String url() {
        String u = text(node.get("url"));
        if (!u.isEmpty()) return u;
        JsonNode page = node.get("mainEntityOfPage");
        return page != null && page.isObject() ? text(page.get("@id")) : text(page);
    }

    String publisher() {
        return name(node.get("publisher"));
    }

    /** Author names joined with " and "; an author given only as a URL is left out. */
    String author() {
        JsonNode a = node.get("author");
        List<String> names = new ArrayList<>();
        if (a != null && a.isArray()) a.forEach(x -> names.add(name(x)));
        else names.add(name(a));
        return String.join(" and ", names.stream().filter(s -> !s.isEmpty() && !s.startsWith("http")).toList());
    }

    private static String name(JsonNode n) {
        if (n == null) return "";
        if (n.isArray()) return n.isEmpty() ? "" : name(n.get(0));
        if (n.isObject()) return text(n.get("name"));
        return text(n);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() ? "" : n.asText().strip();
    }
}
