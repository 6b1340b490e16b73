package org.parley.ingest.format;

import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders an element as plain text: one paragraph per block element, separated by a blank line, {@code <br>} as
 * a line break, white space inside a paragraph folded to single spaces.
 */
final class HtmlText {
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure",
            "figcaption", "address", "hr", "body", "aside", "nav", "footer", "form", "details", "summary");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe", "button",
            "input", "select", "textarea", "head", "object", "embed", "canvas", "video", "audio", "picture", "img");

    private HtmlText() {
    }

    static String render(Element root) {
        return render(root, e -> false);
    }

    /** Renders {@code root}, leaving out every element {@code skip} accepts (with its subtree). */
    static String render(Element root, Predicate<Element> skip) {
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        walk(root, skip, out, para);
        flush(out, para);
        return out.toString();
    }

    private static void walk(Node node, Predicate<Element> skip, StringBuilder out, StringBuilder para) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                append(para, t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag) || skip.test(e)) continue;
                if (tag.equals("br")) {
                    trimEnd(para);
                    para.append('\n');
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) flush(out, para);
                walk(e, skip, out, para);
                if (block) flush(out, para);
            }
        }
    }

    private static void append(StringBuilder para, String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (space) {
                if (para.length() > 0 && para.charAt(para.length() - 1) != ' ' && para.charAt(para.length() - 1) != '\n') para.append(' ');
            } else {
                para.append(c);
            }
        }
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        String p = para.toString().strip();
        para.setLength(0);
        if (p.isEmpty()) return;
        if (out.length() > 0) out.append("\n\n");
        out.append(p.replaceAll(" *\n *", "\n"));
    }
}
