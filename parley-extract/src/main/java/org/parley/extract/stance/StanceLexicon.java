package org.parley.extract.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.extract.issue.DataFile;
import org.parley.extract.issue.Lemmas;
import org.parley.model.Token;

/**
 * The words that decide a stance, read from data files ({@code cues.tsv}: support, oppose, negation, reversal,
 * hedge, condition, avoid, shift and assert cues with weights; {@code holders.tsv}: group and stance nouns).
 * Phrases are compiled to lemma keys once and indexed by their first key; lookups allocate only their result.
 * Immutable and thread-safe.
 */
public final class StanceLexicon {
    /** What a cue does; see {@code cues.tsv} for each kind's meaning. */
    public enum Kind {
        SUPPORT, OPPOSE, NEGATION, REVERSAL, CHANGE, HEDGE, CONDITION, AVOID, SHIFT, ASSERT
    }

    /**
     * One cue found in text: tokens {@code [start, end)} of the article.
     *
     * @param near true when the cue only speaks of what follows it closely ("against X")
     * @param act  true when the cue is a deed done to what follows ("impose sanctions", "supply weapons"): the
     *             holder's stance only when the holder does it (see {@code StanceReader})
     */
    public record Cue(Kind kind, int start, int end, double weight, String phrase, boolean near, boolean act) {
        public Cue {
            Objects.requireNonNull(kind, "kind is null");
            Objects.requireNonNull(phrase, "phrase is null");
        }

        public boolean polar() {
            return kind == Kind.SUPPORT || kind == Kind.OPPOSE;
        }

        public int sign() {
            return kind == Kind.OPPOSE ? -1 : 1;
        }
    }

    /** @param pos 'N' or 'V' when the last word must be a noun or a verb, else 0 */
    private record Entry(Kind kind, List<String> keys, double weight, String phrase, char pos, boolean near, boolean act) {
    }

    public static final String CUES = "/org/parley/extract/stance/cues.tsv";
    public static final String HOLDERS = "/org/parley/extract/stance/holders.tsv";

    private final Map<String, List<Entry>> byFirst;
    private final Set<String> groupNouns;
    private final Set<String> stanceNouns;
    private final Set<String> verbLike;
    private final Set<String> roleNouns;
    private final Set<String> speechNouns;

    private StanceLexicon(Map<String, List<Entry>> byFirst, Set<String> groupNouns, Set<String> stanceNouns, Set<String> verbLike,
                          Set<String> roleNouns, Set<String> speechNouns) {
        this.byFirst = Map.copyOf(byFirst);
        this.groupNouns = Set.copyOf(groupNouns);
        this.stanceNouns = Set.copyOf(stanceNouns);
        this.verbLike = Set.copyOf(verbLike);
        this.roleNouns = Set.copyOf(roleNouns);
        this.speechNouns = Set.copyOf(speechNouns);
    }

    /** The lexicon bundled with Parley. */
    public static StanceLexicon bundled() {
        return of(DataFile.read(CUES), DataFile.read(HOLDERS));
    }

    public static StanceLexicon of(DataFile cues, DataFile holders) {
        Map<String, List<Entry>> byFirst = new HashMap<>();
        for (DataFile.Line line : cues.lines()) {
            Kind kind;
            try {
                kind = Kind.valueOf(line.field(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw cues.error(line, "unknown cue kind '" + line.field(0) + "'; use one of " + List.of(Kind.values()));
            }
            if (line.field(1).isEmpty()) throw cues.error(line, "the cue has no phrase");
            double weight;
            try {
                weight = line.field(2).isEmpty() ? 1.0 : Double.parseDouble(line.field(2));
            } catch (NumberFormatException e) {
                throw cues.error(line, "weight '" + line.field(2) + "' is not a number");
            }
            String phrase = line.field(1);
            char pos = 0;
            boolean near = false;
            boolean act = false;
            if (phrase.endsWith("/act")) {
                act = true;
                pos = 'V';
                phrase = phrase.substring(0, phrase.length() - 4);
            } else if (phrase.endsWith("/near")) {
                near = true;
                phrase = phrase.substring(0, phrase.length() - 5);
            } else if (phrase.endsWith("/N") || phrase.endsWith("/V")) {
                pos = phrase.charAt(phrase.length() - 1);
                phrase = phrase.substring(0, phrase.length() - 2);
            }
            List<String> keys = List.of(Lemmas.keys(phrase));
            List<Entry> list = byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>());
            Entry entry = new Entry(kind, keys, weight, phrase, pos, near, act);
            // Inflected variants collapse to one key ("warn", "warning"): keep one entry, the heavier.
            list.removeIf(e -> e.kind() == kind && e.keys().equals(keys) && e.weight() <= weight);
            if (list.stream().noneMatch(e -> e.kind() == kind && e.keys().equals(keys))) list.add(entry);
        }
        Set<String> group = new HashSet<>();
        Set<String> stance = new HashSet<>();
        Set<String> verb = new HashSet<>();
        Set<String> role = new HashSet<>();
        Set<String> speech = new HashSet<>();
        for (DataFile.Line line : holders.lines()) {
            Set<String> target = switch (line.field(0)) {
                case "group" -> group;
                case "stance" -> stance;
                case "verb" -> verb;
                case "role" -> role;
                case "speech" -> speech;
                default -> throw holders.error(line, "unknown kind '" + line.field(0) + "'; use group, stance, verb, role or speech");
            };
            for (String w : line.field(1).split(",")) if (!w.isBlank()) target.add(Lemmas.key(w.strip()));
        }
        return new StanceLexicon(byFirst, group, stance, verb, role, speech);
    }

    /**
     * The cues in tokens {@code [from, to)} of {@code tokens}, in text order. Where cues overlap, one strictly
     * inside a longer one is dropped ("only acceptable" hides "acceptable"); cues of different kinds on the same
     * words are all kept ("no longer" negates and reports a shift).
     */
    public List<Cue> cues(List<Token> tokens, int from, int to) {
        List<Cue> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            List<Entry> entries = byFirst.get(Lemmas.key(tokens.get(i)));
            if (entries == null) continue;
            for (Entry e : entries) {
                int n = e.keys().size();
                if (i + n > to) continue;
                boolean all = true;
                for (int k = 1; k < n && all; k++) all = e.keys().get(k).equals(Lemmas.key(tokens.get(i + k)));
                // A one-word negation is a closed-class word: match it as written, since stemming lands other words
                // on it ("note" and "noted" reach the key of "not").
                if (all && e.kind() == Kind.NEGATION && n == 1 && tokens.get(i).word().length() > e.phrase().length()) all = false;
                if (all && partOfSpeech(e.pos(), tokens.get(i + n - 1).pos())) {
                    found.add(new Cue(e.kind(), tokens.get(i).index(), tokens.get(i + n - 1).index() + 1, e.weight(), e.phrase(), e.near(), e.act()));
                }
            }
        }
        if (found.size() < 2) return found;
        List<Cue> bySize = new ArrayList<>(found);
        bySize.sort((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()));
        List<Cue> kept = new ArrayList<>();
        for (Cue c : bySize) {
            boolean inside = kept.stream().anyMatch(k -> k.start() <= c.start() && c.end() <= k.end()
                    && (k.end() - k.start()) > (c.end() - c.start()));
            if (!inside) kept.add(c);
        }
        kept.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.kind().compareTo(b.kind()));
        return Collections.unmodifiableList(kept);
    }

    private static boolean partOfSpeech(char wanted, String pos) {
        if (wanted == 0 || pos.isEmpty()) return true;
        return wanted == 'N' ? pos.startsWith("NN") : pos.startsWith("VB");
    }

    public boolean groupNoun(Token t) {
        return groupNouns.contains(Lemmas.key(t));
    }

    boolean groupNoun(String key) {
        return groupNouns.contains(key);
    }

    /** A noun that, before "by" in a title, names the text as one person's words ("Speech by ..."). */
    boolean speechNoun(String key) {
        return speechNouns.contains(key);
    }

    boolean roleNoun(String key) {
        return roleNouns.contains(key);
    }

    public boolean stanceNoun(Token t) {
        return stanceNouns.contains(Lemmas.key(t));
    }

    /** A word naming an office, so "the President" or "the Head of State" can stand for a person named before. */
    public boolean roleNoun(Token t) {
        return roleNouns.contains(Lemmas.key(t));
    }

    /** A word that, right after a name, shows the name is a subject ("has", "must", "who", "also"). */
    public boolean verbLike(Token t) {
        return verbLike.contains(Lemmas.key(t)) || t.pos().startsWith("VB") || t.pos().equals("MD");
    }
}
