package org.parley.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.MentionKind;
import org.parley.model.Span;

/**
 * Reads roles around names and role mentions without names.
 *
 * <ul>
 *   <li>title before a name: "NATO Secretary General Mark Rutte" gives "NATO Secretary General"; a lone title
 *       ("Secretary Rutte") is also kept as an alias;</li>
 *   <li>apposition: "Rutte, a former Dutch Prime Minister," gives "former Dutch Prime Minister";</li>
 *   <li>role mention: "the NATO chief", "the secretary general", "the president" refer to the latest person
 *       mentioned before whose roles hold the head word (any holder for "chief", "leader", "head") and every
 *       modifier ("NATO").</li>
 * </ul>
 */
final class RoleReader {
    private static final Set<String> ROLE_MODIFIERS = Set.of("former", "new", "acting", "deputy", "top", "then",
            "senior", "incoming", "outgoing", "current");
    private static final int MAX_APPOSITION = 10;
    /** Words that open a prepositional phrase: a title inside one ("at the request of the President of Turkey,") is no apposition. */
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "to", "from", "with", "by", "for", "in", "on",
            "about", "against", "between", "among", "after", "before", "under", "over", "without", "via", "toward",
            "towards", "behind", "near", "during", "upon", "into");

    /** A role phrase that refers to a person named earlier. */
    record RoleMention(Span span, Cluster holder) {
    }

    private final TokenView tv;
    private final Titles titles;
    private final Countries countries;
    private final String text;

    RoleReader(TokenView tv, Titles titles, Countries countries) {
        this.tv = tv;
        this.titles = titles;
        this.countries = countries;
        this.text = tv.doc().text();
    }

    /** Adds the roles written around one name mention of a person. */
    void addRoles(Cluster c, EntityMention m) {
        if (m.kind() != MentionKind.NAME) return;
        int first = tv.firstStartingAt(m.span().start());
        int last = tv.lastEndingBy(m.span().end());
        if (first >= tv.size() || last < 0) return;
        int before = first - 1;
        // an honorific is no role ("Mr. Putin"); the name written with it is an alias
        int honorific = tv.honorificBefore(first, titles);
        if (honorific >= 0) {
            c.aliases.add(span(honorific, first - 1) + " " + m.surface());
            before = honorific - 1;
        }
        if (before >= 0 && tv.get(before).sentence() == tv.get(first).sentence()) {
            int start = titleStart(before);
            if (start <= before && containsTitle(start, before)) {
                String role = span(start, before);
                c.roles.add(role);
                if (start == before) c.aliases.add(role + " " + m.surface());
            } else if (tv.lower(before).equals(",") && before > 0) {
                int s2 = titleStart(before - 1);
                if (s2 <= before - 1 && containsTitle(s2, before - 1) && !afterPreposition(s2)) c.roles.add(span(s2, before - 1));
            }
        }
        int after = last + 1;
        if (after < tv.size() && tv.isPossessive(after)) after++;
        if (after < tv.size() && tv.lower(after).equals(",")) {
            int k = after + 1;
            if (k < tv.size() && Set.of("a", "an", "the").contains(tv.lower(k))) k++;
            int start = k;
            int sentence = tv.get(first).sentence();
            while (k < tv.size() && k - start < MAX_APPOSITION && tv.get(k).sentence() == sentence
                    && !tv.lower(k).equals(",") && !tv.lower(k).equals(".") && !tv.isVerb(k)
                    && !tv.lower(k).equals("who")) {
                k++;
            }
            boolean closed = k < tv.size() && (tv.lower(k).equals(",") || tv.lower(k).equals("."));
            if (closed && k > start && containsTitle(start, k - 1) && !namesPerson(start, k - 1)
                    && !PREPOSITIONS.contains(tv.lower(start))) {
                c.roles.add(span(start, k - 1));
            }
        }
    }

    /**
     * Leftmost token of the title phrase that ends at token {@code end}. The phrase may be a chain of offices,
     * "Head of the Office of the President of Ukraine", "Head of the President's Office": the whole chain is the
     * role, not its last link, which names someone else's office.
     */
    private int titleStart(int end) {
        int k = end;
        int sentence = tv.get(end).sentence();
        while (k >= 0 && tv.get(k).sentence() == sentence && (partOfTitle(k) || inChain(k, end))) k--;
        int start = k + 1;
        while (start <= end && (tv.lower(start).equals("of") || tv.lower(start).equals("-") || tv.lower(start).equals("the")
                || tv.isPossessive(start))) {
            start++;
        }
        return start;
    }

    /** "the" after "of", a capitalised noun before "of", a possessive after a title and the noun after it. */
    private boolean inChain(int k, int end) {
        if (tv.isTime(k) || tv.get(k).ner().equals("PERSON")) return false;
        if (tv.lower(k).equals("the")) return k > 0 && tv.lower(k - 1).equals("of");
        if (tv.isPossessive(k)) return k > 0 && partOfTitle(k - 1);
        if (!tv.isCapitalised(k) || tv.isPunctuation(k)) return false;
        return k < end && tv.lower(k + 1).equals("of") || k > 0 && (tv.isPossessive(k - 1) || tv.lower(k - 1).endsWith("'s"));
    }

    private boolean afterPreposition(int start) {
        int k = start - 1;
        while (k >= 0 && Set.of("the", "a", "an").contains(tv.lower(k))) k--;
        return k >= 0 && tv.get(k).sentence() == tv.get(start).sentence()
                && (PREPOSITIONS.contains(tv.lower(k)) || tv.get(k).pos().equals("IN"));
    }

    private boolean namesPerson(int from, int to) {
        for (int k = from; k <= to; k++) if (tv.get(k).ner().equals("PERSON")) return true;
        return false;
    }

    private boolean partOfTitle(int k) {
        String w = tv.lower(k);
        if (tv.isTime(k) || titles.isHonorific(w)) return false;
        // a title word stays one where the annotator tagged it PERSON ("Head of the Office …" opening a sentence)
        if (titles.isTitleWord(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w) || w.equals("of") || w.equals("-")
                || ROLE_MODIFIERS.contains(w)) {
            return true;
        }
        if (tv.get(k).ner().equals("PERSON")) return false;
        if (!tv.isCapitalised(k)) return false;
        String ner = tv.get(k).ner();
        boolean named = !ner.equals("O") || countries.lookup(tv.get(k).word()).isPresent();
        boolean acronym = tv.get(k).word().length() >= 2 && tv.get(k).word().equals(tv.get(k).word().toUpperCase(Locale.ROOT));
        return named || acronym;
    }

    private boolean containsTitle(int from, int to) {
        if (from == to) return titles.isTitle(tv.lower(from)); // a word of a title alone ("under Warren’s grilling") is none
        for (int k = from; k <= to; k++) if (titles.isTitle(tv.lower(k)) || titles.isTitleWord(tv.lower(k))
                && (k == to || !tv.isCapitalised(k + 1) || titles.isTitleWord(tv.lower(k + 1)))) return true;
        return false;
    }

    private String span(int from, int to) {
        return text.substring(tv.get(from).span().start(), tv.get(to).span().end());
    }

    /** "the NATO chief", "the secretary general": role phrases without a name, with their holders. */
    List<RoleMention> roleMentions(List<Cluster> clusters) {
        List<RoleMention> out = new ArrayList<>();
        for (int k = 0; k + 1 < tv.size(); k++) {
            if (!tv.lower(k).equals("the")) continue;
            if (k > 0 && tv.lower(k - 1).equals("of")) continue; // "the Head of the Office of the President": one role phrase
            int j = k + 1;
            int sentence = tv.get(k).sentence();
            while (j < tv.size() && tv.get(j).sentence() == sentence && partOfTitle(j) && !tv.lower(j).equals("of")) j++;
            int head = j - 1;
            if (head <= k || !titles.isTitle(tv.lower(head))) continue;
            if (j < tv.size() && tv.get(j).sentence() == sentence
                    && (tv.get(j).ner().equals("PERSON") || tv.lower(j).equals("of") || tv.isCapitalised(j)
                    && !tv.isPunctuation(j))) {
                continue;
            }
            Span span = new Span(tv.get(k + 1).span().start(), tv.get(head).span().end());
            Cluster holder = holder(clusters, k + 1, head, span.start());
            if (holder != null) out.add(new RoleMention(span, holder));
            k = head;
        }
        return out;
    }

    private Cluster holder(List<Cluster> clusters, int from, int head, int at) {
        String headWord = tv.lower(head);
        List<String> modifiers = new ArrayList<>();
        for (int k = from; k < head; k++) {
            if (!titles.isTitleWord(tv.lower(k)) && !ROLE_MODIFIERS.contains(tv.lower(k))) modifiers.add(tv.lower(k));
        }
        Cluster best = null;
        int bestAt = -1;
        for (Cluster c : clusters) {
            if (c.type != EntityType.PERSON || c.roles.isEmpty()) continue;
            String roles = String.join(" | ", c.roles).toLowerCase(Locale.ROOT);
            boolean headOk = titles.isGeneric(headWord) || c.roles.stream().anyMatch(r -> roleHead(r).equals(headWord));
            boolean modsOk = modifiers.stream().allMatch(m -> containsWord(roles, m));
            int last = c.lastBefore(at);
            if (headOk && modsOk && last > bestAt) {
                best = c;
                bestAt = last;
            }
        }
        return best;
    }

    /**
     * The office a role names: the word before its first "of" ("Head" of "Deputy Head of the Office of the
     * President"), else its last word ("President" of "Ukrainian President"), lower case.
     */
    static String roleHead(String role) {
        String[] w = role.toLowerCase(Locale.ROOT).split("\\s+");
        for (int k = 1; k < w.length; k++) if (w[k].equals("of")) return w[k - 1];
        return w[w.length - 1];
    }

    private static boolean containsWord(String haystack, String word) {
        for (String w : haystack.split("[\\s|,]+")) if (w.equals(word) || w.replace('-', ' ').equals(word)) return true;
        return haystack.contains(word) && word.contains(" ");
    }

    /** Whether the name at {@code span} acts: a possessive after it ("Washington's") or a verb. */
    boolean actsAt(Span span) {
        String rest = text.substring(span.end(), Math.min(text.length(), span.end() + 2));
        if (rest.equals("'s") || rest.equals("’s")) return true;
        int next = tv.firstStartingAt(span.end());
        return next < tv.size() && tv.isVerb(next);
    }

    /** Whether the word at {@code span} is an adjective before a noun ("Russian forces"). */
    boolean modifiesNoun(Span span) {
        int next = tv.firstStartingAt(span.end());
        return next < tv.size() && tv.get(next).pos().startsWith("NN");
    }
}
