package org.parley.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.parley.extract.quote.QuoteMarks;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.MentionKind;
import org.parley.model.Span;

/**
 * Links third-person pronouns to persons: the latest compatible person that was a subject (no verb before it in
 * its sentence) within the last few sentences, else the latest compatible person mentioned. Gender is learnt
 * from honorifics and from the pronouns already linked; pronouns inside quotation marks are left alone (there
 * "he" is seldom the speaker).
 */
final class PronounResolver {
    private static final Map<String, Cluster.Gender> PRONOUNS = Map.of(
            "he", Cluster.Gender.MALE, "him", Cluster.Gender.MALE, "his", Cluster.Gender.MALE,
            "himself", Cluster.Gender.MALE, "she", Cluster.Gender.FEMALE, "her", Cluster.Gender.FEMALE,
            "hers", Cluster.Gender.FEMALE, "herself", Cluster.Gender.FEMALE);
    private static final int WINDOW = 3;

    private record Event(int start, int sentence, Cluster cluster, boolean subject) {
    }

    private final TokenView tv;
    private final Titles titles;

    PronounResolver(TokenView tv, Titles titles) {
        this.tv = tv;
        this.titles = titles;
    }

    static boolean isPronoun(String lowerWord) {
        return PRONOUNS.containsKey(lowerWord);
    }

    void resolve(List<Cluster> clusters) {
        String text = tv.doc().text();
        List<Event> events = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.type != EntityType.PERSON) continue;
            for (EntityMention m : c.mentions) {
                events.add(new Event(m.span().start(), m.sentence(), c, isSubject(m.span())));
                learnGenderFromHonorific(c, m.span());
                learnGenderFromFirstName(c, m);
            }
        }
        events.sort(Comparator.comparingInt(Event::start));
        boolean[] quoted = new boolean[text.length() + 1];
        for (QuoteMarks.Quote q : QuoteMarks.find(text)) {
            for (int i = q.outer().start(); i < q.outer().end(); i++) quoted[i] = true;
        }
        List<Event> history = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < tv.size(); k++) {
            int start = tv.get(k).span().start();
            while (next < events.size() && events.get(next).start() < start) history.add(events.get(next++));
            Cluster.Gender g = PRONOUNS.get(tv.lower(k));
            if (g == null || quoted[start]) continue;
            int sentence = tv.get(k).sentence();
            Cluster found = pick(history, sentence, g, true);
            if (found == null) found = pick(history, sentence, g, false);
            if (found == null) continue;
            if (found.gender == Cluster.Gender.UNKNOWN) found.gender = g;
            Span span = tv.get(k).span();
            found.add(new EntityMention(span, span.of(text), MentionKind.PRONOUN, sentence));
            history.add(new Event(start, sentence, found, isSubject(span)));
        }
    }

    private static Cluster pick(List<Event> history, int sentence, Cluster.Gender g, boolean subjectsOnly) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Event e = history.get(i);
            if (e.sentence() < sentence - WINDOW) break;
            if (subjectsOnly && !e.subject()) continue;
            if (e.cluster().gender == Cluster.Gender.UNKNOWN || e.cluster().gender == g) return e.cluster();
        }
        return null;
    }

    /** No verb and no preposition right before the mention in its sentence. */
    private boolean isSubject(Span span) {
        int k = tv.firstStartingAt(span.start());
        if (k >= tv.size()) return false;
        int sentence = tv.get(k).sentence();
        if (k > 0 && tv.get(k - 1).sentence() == sentence && tv.get(k - 1).pos().equals("IN")) return false;
        for (int j = k - 1; j >= 0 && tv.get(j).sentence() == sentence; j--) {
            if (tv.isVerb(j)) return false;
        }
        return true;
    }

    private static final Map<String, Cluster.Gender> FIRST_NAMES = firstNames(Lexicon.lines(PronounResolver.class, "first-names.tsv"));

    static Map<String, Cluster.Gender> firstNames(List<String> lines) {
        Map<String, Cluster.Gender> out = new java.util.HashMap<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 2) throw new IllegalStateException("first-names.tsv: line '" + line + "' needs name<TAB>M|F");
            out.put(cols[0].strip(), cols[1].strip().equals("F") ? Cluster.Gender.FEMALE : Cluster.Gender.MALE);
        }
        return Map.copyOf(out);
    }

    /** The gender a common first name's bearers are referred to with ("john": MALE), or null for no such name. */
    static Cluster.Gender firstNameGender(String lowerWord) {
        return FIRST_NAMES.get(lowerWord);
    }

    /** "Elizabeth Warren" is "she", "John Stumpf" is "he": a full name's common first name, unless already known. */
    private void learnGenderFromFirstName(Cluster c, EntityMention m) {
        if (c.gender != Cluster.Gender.UNKNOWN || m.kind() != MentionKind.NAME) return;
        int[] r = tv.inside(m.span());
        if (r[1] - r[0] < 2) return; // a surname alone says nothing
        Cluster.Gender g = FIRST_NAMES.get(tv.lower(r[0]));
        if (g != null) c.gender = g;
    }

    private void learnGenderFromHonorific(Cluster c, Span span) {
        int k = tv.firstStartingAt(span.start()) - 1;
        if (k < 0 || !titles.isHonorific(tv.lower(k))) return;
        String h = tv.lower(k).replace(".", "");
        if (h.equals("mr") || h.equals("sir")) c.gender = Cluster.Gender.MALE;
        else if (h.equals("mrs") || h.equals("ms") || h.equals("dame")) c.gender = Cluster.Gender.FEMALE;
    }
}
