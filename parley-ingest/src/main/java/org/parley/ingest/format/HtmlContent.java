package org.parley.ingest.format;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the main text of a page by content density, in the manner of Readability: every paragraph with real
 * text scores its parent and grandparent (more for length and commas); containers whose class or id says
 * navigation, sidebar, footer, comments or sharing are dropped or penalised; a container's score is scaled by
 * the share of its text that is not link text. The best container is rendered without its boilerplate parts.
 */
final class HtmlContent {
    /** Class or id words of boilerplate; written so that "lead-in", "football" or "hidden-xs" do not match. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "nav|menu|aside|sidebar|side-bar|footer|\\bfoot\\b|footnote|comment(?!ary)|disqus|share|sharing|social|related|recommend"
                    + "|promo|advert|\\bads?\\b|\\bad-|sponsor|cookie|consent|newsletter|subscribe|signup|sign-up|breadcrumb|popup|modal"
                    + "|widget|masthead|banner|\\btags?\\b|tag-list|pagination|pager|outbrain|taboola|author-bio|more-stories|trending"
                    + "|caption|credit|skip-link|toolbar|byline");
    /** Names that mark boilerplate even on a container that also says "content" ({@code comment-content}). */
    private static final Pattern ALWAYS_NEGATIVE = Pattern.compile(
            "comment(?!ary)|disqus|share|sharing|social|cookie|newsletter|related|sidebar|footer|breadcrumb|outbrain|taboola");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|post|story|text|blog|prose");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "form", "figure", "figcaption", "menu", "dialog");
    private static final int MIN_PARAGRAPH = 25;

    private HtmlContent() {
    }

    static String mainText(Document doc) {
        Element body = doc.body();
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote, td, div")) {
            if (boilerplate(p) || (p.normalName().equals("div") && !textOnlyDiv(p))) continue;
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH) continue;
            if (insideBoilerplate(p)) continue;
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                double add = score * (level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / 3);
                scores.merge(parent, initial(parent) + add, (a, b) -> a + add);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        if (best == null) return HtmlText.render(body, HtmlContent::boilerplateInside);
        StringBuilder text = new StringBuilder();
        for (Element part : withSiblings(best, bestScore, scores)) {
            String t = HtmlText.render(part, HtmlContent::boilerplateInside);
            if (t.isEmpty()) continue;
            if (text.length() > 0) text.append("\n\n");
            text.append(t);
        }
        return text.toString();
    }

    /**
     * The best container and those of its siblings that carry the same story: scored nearly as well, or plain
     * paragraphs of real text with few links (a story split into an intro and a body block).
     */
    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null || best.normalName().equals("body")) return List.of(best);
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                parts.add(sibling);
                continue;
            }
            if (boilerplate(sibling)) continue;
            double score = scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(sibling));
            String text = sibling.text();
            boolean paragraph = (sibling.normalName().equals("p") || !sibling.select("p").isEmpty()) && linkDensity(sibling) < 0.25
                    && (text.length() > 80 || text.matches(".*[.!?][\"'\u201d\u2019]?"));
            if (score >= threshold || paragraph) parts.add(sibling);
        }
        return parts;
    }

    private static boolean insideBoilerplate(Element e) {
        for (Element a : e.parents()) {
            if (boilerplate(a)) return true;
        }
        return false;
    }

    /** Inside the chosen container: drop boilerplate blocks, and link lists (mostly link text). */
    private static boolean boilerplateInside(Element e) {
        if (boilerplate(e)) return true;
        String tag = e.normalName();
        if ((tag.equals("ul") || tag.equals("ol") || tag.equals("div")) && e.text().length() > 0 && linkDensity(e) > 0.6) return true;
        return false;
    }

    /** A part of the page that is navigation, a sidebar, comments, sharing or the like, by its tag or its class/id. */
    static boolean boilerplate(Element e) {
        String tag = e.normalName();
        if (BOILERPLATE_TAGS.contains(tag)) return true;
        if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")) return false;
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) return "complementary navigation contentinfo banner".contains(e.attr("role").toLowerCase(Locale.ROOT)) && !e.attr("role").isEmpty();
        return ALWAYS_NEGATIVE.matcher(names).find() || (NEGATIVE.matcher(names).find() && !POSITIVE.matcher(names).find());
    }

    private static double initial(Element e) {
        double score = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (NEGATIVE.matcher(names).find()) score -= 25;
        if (POSITIVE.matcher(names).find()) score += 25;
        return score;
    }

    private static boolean textOnlyDiv(Element div) {
        for (Element child : div.children()) {
            if (HtmlText.BLOCKS.contains(child.normalName())) return false;
        }
        return true;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == ',') n++;
        return n;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        int links = 0;
        Elements anchors = e.select("a");
        for (Element a : anchors) links += a.text().length();
        return Math.min(1.0, links / (double) total);
    }
}
