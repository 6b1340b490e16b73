package org.parley.extract.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.entity.Lexicon;
import org.parley.model.AttributionKind;

/**
 * The cue lexicon ({@code cues.tsv}): reporting verbs by lemma with the kind of attribution they make, plus the
 * multi-word cues ("according to", "point out") and the nouns that make a subject a report ({@code cue-subjects.txt}).
 *
 * <p>Matching is by lemma; for annotators with weak lemmas the regular inflections of each lemma (and a short
 * list of irregular English past forms) are matched too.
 */
public final class Cues {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("told", "tell"), Map.entry("wrote", "write"),
            Map.entry("written", "write"), Map.entry("thought", "think"), Map.entry("found", "find"),
            Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("shown", "show"),
            Map.entry("sought", "seek"), Map.entry("felt", "feel"), Map.entry("understood", "understand"),
            Map.entry("held", "hold"), Map.entry("gave", "give"), Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"), Map.entry("taught", "teach"), Map.entry("meant", "mean"));

    private static final Cues DEFAULT = new Cues(Lexicon.lines(Cues.class, "cues.tsv"),
            Lexicon.lines(Cues.class, "cue-subjects.txt"), Lexicon.lines(Cues.class, "cue-nouns.tsv"),
            Lexicon.lines(Cues.class, "occasions.txt"), Lexicon.lines(Cues.class, "evidentials.txt"));

    private final Map<String, AttributionKind> verbs = new HashMap<>();
    private final Map<String, AttributionKind> phrases = new HashMap<>();
    private final Map<String, AttributionKind> nouns = new HashMap<>();
    private final Map<String, String> forms = new HashMap<>();
    private final Set<String> reportNouns = new HashSet<>();
    private final Set<String> occasions = new HashSet<>();
    private final Set<String> evidentials = new HashSet<>();
    /** Verbs that report only right next to a quotation ("the letter reads: “…”"), marked {@code quote} in cues.tsv. */
    private final Set<String> besideQuotes = new HashSet<>();
    /** Verbs whose content follows "of" after the person they are about ("accused her of …"), marked {@code of}. */
    private final Set<String> ofObject = new HashSet<>();
    /** Verbs whose content is a clause, never a plain object ("says the tweets … are lies"), marked {@code clause}. */
    private final Set<String> clauseTaking = new HashSet<>();
    /** Verbs that report a view only with an "as" complement ("see Sanders as an agent of …"), marked {@code as}. */
    private final Set<String> withAs = new HashSet<>();
    /** Verbs whose object is the one told ("informed the partners"), marked {@code hearer}: "the partners are informed about …" is no report. */
    private final Set<String> hearerObject = new HashSet<>();
    /** Inflected first words of multi-word cues ("talked" for "talk about"), to their lemma. */
    private final Map<String, String> phraseHeads = new HashMap<>();

    Cues(List<String> cueLines, List<String> subjectLines, List<String> nounLines, List<String> occasionLines,
         List<String> evidentialLines) {
        for (String s : evidentialLines) evidentials.add(s.strip().toLowerCase(Locale.ROOT));
        for (String line : nounLines) {
            String[] cols = line.split("\t");
            if (cols.length < 2) throw new IllegalStateException("cue-nouns.tsv: line '" + line + "' needs lemma<TAB>kind");
            nouns.put(cols[0].strip().toLowerCase(Locale.ROOT), AttributionKind.valueOf(cols[1].strip()));
        }
        for (String line : cueLines) {
            String[] cols = line.split("\t");
            if (cols.length < 2) throw new IllegalStateException("cues.tsv: line '" + line + "' needs lemma<TAB>kind");
            String lemma = cols[0].strip().toLowerCase(Locale.ROOT);
            AttributionKind kind = AttributionKind.valueOf(cols[1].strip());
            if (lemma.contains(" ")) {
                phrases.putIfAbsent(lemma, kind);
                String head = lemma.substring(0, lemma.indexOf(' '));
                for (String f : inflections(head)) phraseHeads.putIfAbsent(f, head);
            } else {
                verbs.putIfAbsent(lemma, kind);
                for (String f : inflections(lemma)) forms.putIfAbsent(f, lemma);
                if (cols.length > 2 && cols[2].strip().equals("quote")) besideQuotes.add(lemma);
                if (cols.length > 2 && cols[2].strip().equals("of")) ofObject.add(lemma);
                if (cols.length > 2 && cols[2].strip().equals("clause")) clauseTaking.add(lemma);
                if (cols.length > 2 && cols[2].strip().equals("as")) withAs.add(lemma);
                if (cols.length > 2 && cols[2].strip().equals("hearer")) hearerObject.add(lemma);
            }
        }
        IRREGULAR.forEach((f, l) -> {
            if (verbs.containsKey(l)) forms.put(f, l);
        });
        for (String s : subjectLines) reportNouns.add(s.toLowerCase(Locale.ROOT));
        for (String s : occasionLines) occasions.add(s.toLowerCase(Locale.ROOT));
    }

    public static Cues standard() {
        return DEFAULT;
    }

    private static List<String> inflections(String lemma) {
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        String ies = lemma.endsWith("y") && !lemma.endsWith("ay") && !lemma.endsWith("ey")
                ? lemma.substring(0, lemma.length() - 1) + "ie" : lemma;
        String s = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                ? lemma + "es" : ies.equals(lemma) ? lemma + "s" : ies + "s";
        return List.of(lemma, s, ies.equals(lemma) ? stem + "ed" : ies + "d", stem + "ing");
    }

    /** The lemma of a cue verb written as {@code word} with annotator lemma {@code lemma}, if it is one. */
    public Optional<String> verbLemma(String word, String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        if (verbs.containsKey(l)) return Optional.of(l);
        return Optional.ofNullable(forms.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The multi-word cue ("talk about") that {@code word} (lemma {@code lemma}) and {@code next} make, if any. */
    public Optional<String> phrase(String word, String lemma, String next) {
        String n = next.toLowerCase(Locale.ROOT);
        for (String head : new String[] {lemma.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT),
                phraseHeads.getOrDefault(word.toLowerCase(Locale.ROOT), ""), forms.getOrDefault(word.toLowerCase(Locale.ROOT), "")}) {
            if (!head.isEmpty() && phrases.containsKey(head + " " + n)) return Optional.of(head + " " + n);
        }
        return Optional.empty();
    }

    /** The kind of a reporting noun ("claim", "warning") by lemma, if it is one. */
    public Optional<AttributionKind> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
    }

    public AttributionKind kindOf(String lemma) {
        return verbs.getOrDefault(lemma, phrases.getOrDefault(lemma, AttributionKind.OTHER));
    }

    public boolean isPhrase(String lowerWords) {
        return phrases.containsKey(lowerWords);
    }

    /** Whether a cue verb's content is what follows "of" after its object ("accused her of lying"). */
    public boolean takesOf(String lemma) {
        return ofObject.contains(lemma);
    }

    /**
     * Whether a cue verb's content is a clause even when it opens with a long noun phrase ("she says Trump's tweets
     * accusing X of having a record and a tape are lies"), so an "and" inside that phrase does not end it.
     */
    public boolean takesClause(String lemma) {
        return clauseTaking.contains(lemma);
    }

    /** Whether a cue verb reports a view only when an "as" complement follows ("sees him as a threat"). */
    public boolean onlyWithAs(String lemma) {
        return withAs.contains(lemma);
    }

    /** Whether the verb's object is the one told ("informed the partners"): its passive without "by" tells no one's words. */
    boolean hearerObject(String lemma) {
        return hearerObject.contains(lemma);
    }

    /** Whether a cue verb counts only right before or after a quotation. */
    public boolean onlyBesideQuotes(String lemma) {
        return besideQuotes.contains(lemma);
    }

    /** Whether a noun (by lemma) names where or how someone spoke ("interview", "speech", "ruling"). */
    public boolean isOccasion(String lemma) {
        return occasions.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether an adjective reports a clause with no source after "it is" ("it is clear that …"). */
    public boolean isEvidential(String lowerWord) {
        return evidentials.contains(lowerWord);
    }

    /** Whether a subject noun names a report, poll or document ("the report found"). */
    public boolean isReportNoun(String lowerWord) {
        return reportNouns.contains(lowerWord);
    }
}
