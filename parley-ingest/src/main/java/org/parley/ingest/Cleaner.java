package org.parley.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Removal;
import org.parley.model.Span;

/**
 * Blanks the residue scraped articles carry: share and follow-us lines, related-link lists, form legends,
 * "for more coverage, visit …" trailers, section labels and staff bylines above the story, cookie notices,
 * advertisement markers, copyright lines and image credits.
 *
 * <p>Contract:
 * <ol>
 *   <li>works on whole lines only, and only on lines that match a rule completely;</li>
 *   <li>rules that could collide with a story sentence fire only in the head (the lines before the story's first
 *       paragraph) or the tail (the lines after its last one, peeled from the end until a line no rule takes);</li>
 *   <li>removed characters become spaces, line breaks stay, so the result has the input's length and every
 *       offset still points into the input;</li>
 *   <li>every blanked stretch is reported as a {@link Removal} with its reason;</li>
 *   <li>double-encoded UTF-8 ("wonâ€™t") is repaired in place and padded to its length ({@link Mojibake#padded}),
 *       and each repair is reported as a {@link Removal} of the mojibake whose reason names what replaced it. A
 *       repaired text keeps the input's length and every offset outside a repair; the alternative, a shorter text
 *       with a map of offsets, would have every stage and the store carry the map, for a handful of articles.</li>
 * </ol>
 * Thread-safe and deterministic: the rules are immutable.
 */
public final class Cleaner {
    /** How many non-blank lines the head may span before the story is assumed to have begun. */
    private static final int MAX_HEAD_LINES = 8;

    private final List<LineRule> rules;

    public Cleaner() {
        this.rules = ResidueTable.load();
    }

    public Cleaned clean(String original) {
        Objects.requireNonNull(original, "text is null");
        List<Mojibake.Repair> repairs = Mojibake.find(original);
        String text = Mojibake.padded(original, repairs);
        List<Line> lines = Lines.of(text);
        String[] reason = new String[lines.size()];
        boolean[] marked = new boolean[lines.size()];
        for (Line line : lines) {
            rule(line, LineRule.Zone.ANYWHERE).ifPresent(r -> mark(marked, reason, line.index(), r));
        }
        String author = cleanHead(lines, marked, reason);
        cleanTail(lines, marked, reason);
        return blank(original, text, lines, marked, reason, author, repairs);
    }

    private String cleanHead(List<Line> lines, boolean[] marked, String[] reason) {
        String author = "";
        int seen = 0;
        Line first = null;
        for (Line line : lines) {
            if (line.blank()) continue;
            if (storyLine(line) || seen++ >= MAX_HEAD_LINES) break;
            if (marked[line.index()]) continue;
            if (first == null) {
                first = line;
                if (SectionLabelRule.isLabel(line, nextNonBlank(lines, line.index()))) {
                    mark(marked, reason, line.index(), SectionLabelRule.REASON);
                    continue;
                }
            }
            Optional<String> byline = BylineRule.parse(line.trimmed());
            if (byline.isPresent()) {
                mark(marked, reason, line.index(), BylineRule.REASON);
                if (author.isEmpty()) author = byline.get();
                continue;
            }
            Optional<String> r = rule(line, LineRule.Zone.HEAD).or(() -> rule(line, LineRule.Zone.EDGE));
            if (r.isPresent()) mark(marked, reason, line.index(), r.get());
        }
        return author;
    }

    private void cleanTail(List<Line> lines, boolean[] marked, String[] reason) {
        int i = lines.size() - 1;
        while (i >= 0) {
            Line line = lines.get(i);
            if (line.blank() || marked[i]) {
                i--;
                continue;
            }
            Optional<String> r = rule(line, LineRule.Zone.EDGE);
            if (r.isPresent()) {
                mark(marked, reason, i, r.get());
                i--;
                continue;
            }
            int heading = RelatedListRule.headingAbove(lines, i, marked);
            if (heading < 0) break;
            for (int j = heading; j <= i; j++) {
                if (!lines.get(j).blank() && !marked[j]) mark(marked, reason, j, RelatedListRule.REASON);
            }
            i = heading - 1;
        }
    }

    /** A line that can only be part of the story: a long paragraph, or a sentence of some length. */
    private static boolean storyLine(Line line) {
        return line.trimmed().length() >= 150 || (line.endsLikeSentence() && line.words() >= 6);
    }

    private Optional<String> rule(Line line, LineRule.Zone zone) {
        for (LineRule rule : rules) {
            if (rule.zone() == zone && rule.matches(line)) return Optional.of(rule.reason());
        }
        return Optional.empty();
    }

    private static Line nextNonBlank(List<Line> lines, int after) {
        for (int j = after + 1; j < lines.size(); j++) {
            if (!lines.get(j).blank()) return lines.get(j);
        }
        return null;
    }

    private static void mark(boolean[] marked, String[] reason, int index, String why) {
        marked[index] = true;
        reason[index] = why;
    }

    /**
     * Blanks the marked lines; neighbouring lines with the same reason (blank lines between) form one removal. A
     * repair inside a blanked line is gone with it; the others are recorded beside the removals, in text order.
     */
    private static Cleaned blank(String original, String text, List<Line> lines, boolean[] marked, String[] reason,
                                 String author, List<Mojibake.Repair> repairs) {
        char[] out = text.toCharArray();
        List<Removal> removals = new ArrayList<>();
        int start = -1;
        int end = -1;
        String why = null;
        for (Line line : lines) {
            if (line.blank()) continue;
            int i = line.index();
            if (start >= 0 && (!marked[i] || !reason[i].equals(why))) {
                removals.add(removal(original, out, start, end, why));
                start = -1;
            }
            if (marked[i]) {
                if (start < 0) {
                    start = line.trimStart();
                    why = reason[i];
                }
                end = line.trimEnd();
            }
        }
        if (start >= 0) removals.add(removal(original, out, start, end, why));
        List<Removal> blanked = List.copyOf(removals);
        for (Mojibake.Repair r : repairs) {
            if (blanked.stream().noneMatch(b -> b.span().overlaps(r.span()))) {
                removals.add(new Removal(r.span(), r.original(), Mojibake.REASON + r.repaired()));
            }
        }
        removals.sort(Comparator.comparing(Removal::span));
        return new Cleaned(new String(out), removals, author);
    }

    private static Removal removal(String original, char[] out, int start, int end, String why) {
        for (int k = start; k < end; k++) {
            if (out[k] != '\n' && out[k] != '\r') out[k] = ' ';
        }
        return new Removal(new Span(start, end), original.substring(start, end), why);
    }
}
