package org.parley.extract.issue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Proposes issues from the corpus itself ({@code parley issues suggest}): noun phrases (adjectives and nouns
 * ending in a common noun, by part of speech) that recur across articles in sentences that also name a person,
 * organisation or government and hold a stance or reporting word. Ranked by documents, then distinct holders,
 * then cue sentences. Phrases ending in a generic noun ("year", "people") are skipped, and a phrase found in the
 * same articles as a longer one it is part of gives way to the more frequent. Thread-safe.
 */
public final class IssueSuggester {
    private static final int MAX_WORDS = 4;
    private static final String CUES = "/org/parley/extract/stance/cues.tsv";
    private static final Set<String> CUE_KINDS = Set.of("support", "oppose", "assert", "avoid", "shift");

    private final Set<String> cueKeys;
    private final Set<String> generic;
    private final TermFamilies words = TermFamilies.bundled();

    /** Uses the stance lexicon's support, oppose, assert, avoid and shift words as cues. */
    public IssueSuggester() {
        Set<String> cues = new HashSet<>();
        for (DataFile.Line line : DataFile.read(CUES).lines()) {
            if (CUE_KINDS.contains(line.field(0))) cues.add(Lemmas.keys(line.field(1))[0]);
        }
        this.cueKeys = Set.copyOf(cues);
        Set<String> g = new HashSet<>();
        for (DataFile.Line line : DataFile.read("/org/parley/extract/issue/generic-nouns.txt").lines()) {
            for (String w : line.field(0).split(" ")) if (!w.isBlank()) g.add(Lemmas.key(w));
        }
        this.generic = Set.copyOf(g);
    }

    private static final class Tally {
        final Set<String> documents = new HashSet<>();
        final Set<String> holders = new HashSet<>();
        final Map<String, Integer> surfaces = new HashMap<>();
        int cueSentences;
        int mentions;
        String example = "";
    }

    public List<IssueSuggestion> suggest(Collection<AnnotatedArticle> docs, int limit) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (AnnotatedArticle doc : docs) {
            for (Sentence s : doc.sentences()) {
                List<Token> tokens = doc.tokensOf(s);
                Set<String> holders = holders(doc, s);
                boolean cue = tokens.stream().anyMatch(t -> cueKeys.contains(Lemmas.key(t)));
                Set<String> seen = new HashSet<>();
                for (int end = 0; end < tokens.size(); end++) {
                    // A head that is itself a stance word ("support", "opposition") is the attitude, not what it is about.
                    if (!commonNoun(tokens.get(end)) || generic.contains(Lemmas.key(tokens.get(end)))
                            || cueKeys.contains(Lemmas.key(tokens.get(end)))) {
                        continue;
                    }
                    if (end + 1 < tokens.size() && nounish(tokens.get(end + 1))) continue;
                    for (int start = end; start >= 0 && end - start < MAX_WORDS && nounish(tokens.get(start)); start--) {
                        record(tallies, seen, doc, s, tokens, start, end + 1, holders, cue);
                    }
                }
            }
        }
        List<Map.Entry<String, Tally>> ranked = new ArrayList<>(tallies.entrySet());
        ranked.removeIf(e -> e.getValue().cueSentences == 0 || e.getValue().holders.isEmpty());
        ranked.sort(Comparator.<Map.Entry<String, Tally>>comparingInt(e -> -e.getValue().documents.size())
                .thenComparingInt(e -> -e.getValue().holders.size())
                .thenComparingInt(e -> -e.getValue().cueSentences)
                .thenComparing(Map.Entry::getKey));
        List<IssueSuggestion> out = new ArrayList<>();
        List<Map.Entry<String, Tally>> kept = new ArrayList<>();
        for (Map.Entry<String, Tally> e : ranked) {
            if (out.size() >= limit) break;
            boolean covered = kept.stream().anyMatch(k -> (" " + k.getKey() + " ").contains(" " + e.getKey() + " ")
                    || (" " + e.getKey() + " ").contains(" " + k.getKey() + " ")
                    && k.getValue().documents.equals(e.getValue().documents));
            if (covered) continue;
            kept.add(e);
            out.add(suggestion(e.getKey(), e.getValue()));
        }
        return out;
    }

    private void record(Map<String, Tally> tallies, Set<String> seen, AnnotatedArticle doc, Sentence s, List<Token> tokens,
                               int start, int end, Set<String> holders, boolean cue) {
        StringBuilder key = new StringBuilder();
        for (int i = start; i < end; i++) key.append(i > start ? " " : "").append(Lemmas.key(tokens.get(i)));
        String k = key.toString();
        Tally t = tallies.computeIfAbsent(k, x -> new Tally());
        String surface = doc.text().substring(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
        t.surfaces.merge(surface, 1, Integer::sum);
        t.mentions++;
        t.documents.add(doc.article().id().value());
        if (!seen.add(k)) return;
        t.holders.addAll(holders);
        if (cue && !holders.isEmpty()) {
            t.cueSentences++;
            if (t.example.isEmpty()) t.example = s.span().of(doc.text()).replace('\n', ' ');
        }
    }

    private static IssueSuggestion suggestion(String key, Tally t) {
        List<Map.Entry<String, Integer>> forms = new ArrayList<>(t.surfaces.entrySet());
        forms.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, Integer> f : forms) {
            String term = f.getKey().replace('\n', ' ');
            if (terms.stream().noneMatch(x -> x.equalsIgnoreCase(term)) && terms.size() < 4) terms.add(term);
        }
        // The id is made of the commonest written form, whole words: the key is stemmed ("everyth", "lif").
        String id = terms.get(0).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}0-9]+", "-").replaceAll("(^-|-$)", "");
        return new IssueSuggestion(id.isEmpty() ? "issue" : id, terms.get(0), terms, t.documents.size(), t.holders.size(),
                t.cueSentences, t.mentions, t.example);
    }

    private static Set<String> holders(AnnotatedArticle doc, Sentence s) {
        Set<String> out = new HashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.sentence() == s.index() && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION
                    || m.type() == EntityType.GOVERNMENT)) {
                out.add(m.surface());
            }
        }
        return out;
    }

    private boolean commonNoun(Token t) {
        return (t.pos().equals("NN") || t.pos().equals("NNS")) && !words.functionWord(Lemmas.key(t));
    }

    private boolean nounish(Token t) {
        if (words.functionWord(Lemmas.key(t))) return false;
        String p = t.pos();
        return (p.startsWith("NN") || p.startsWith("JJ")) && Character.isLetter(t.word().charAt(0)) && t.ner().equals("O")
                || p.startsWith("NNP");
    }
}
