package org.parley.extract.issue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Token;

/**
 * General word families and function words for matching issue terms: "membership", "member", "join" and
 * "accession" are one family, so a term written one way matches text written another. Data, not code: see
 * {@code families.tsv} (family, then its members), {@code exclusions.tsv} (word forms and contexts that leave a
 * family: "members" and "member states" are countries, not membership) and {@code skippable.txt} (words a term
 * may skip over: determiners, possessives, prepositions).
 */
public final class TermFamilies {
    private static final String DIR = "/org/parley/extract/issue/";
    private static final Set<String> SKIPPABLE_POS = Set.of("DT", "PDT", "PRP$", "POS", "IN", "TO", "JJ", "JJR", "JJS",
            "NNP", "NNPS", "CD", "CC", "RB", "HYPH");

    private final Map<String, String> familyOf;
    private final Set<String> excludedForms;
    private final Map<String, Set<String>> excludedBefore;
    private final Set<String> skippable;

    private TermFamilies(Map<String, String> familyOf, Set<String> excludedForms,
                         Map<String, Set<String>> excludedBefore, Set<String> skippable) {
        this.familyOf = Map.copyOf(familyOf);
        this.excludedForms = Set.copyOf(excludedForms);
        this.excludedBefore = Map.copyOf(excludedBefore);
        this.skippable = Set.copyOf(skippable);
    }

    /** The bundled families, exclusions and function words. */
    public static TermFamilies bundled() {
        Map<String, String> families = new HashMap<>();
        DataFile file = DataFile.read(DIR + "families.tsv");
        for (DataFile.Line line : file.lines()) {
            if (line.fields().size() < 2) throw file.error(line, "a family needs a name and at least one member");
            String family = "=" + line.field(0);
            for (String member : line.fields().subList(1, line.fields().size())) {
                for (String word : member.split(",")) {
                    if (word.isBlank()) continue;
                    String previous = families.putIfAbsent(Lemmas.key(word.strip()), family);
                    if (previous != null && !previous.equals(family)) {
                        throw file.error(line, "'" + word.strip() + "' is already in family " + previous.substring(1));
                    }
                }
            }
        }
        Set<String> forms = new HashSet<>();
        Map<String, Set<String>> before = new HashMap<>();
        DataFile excl = DataFile.read(DIR + "exclusions.tsv");
        for (DataFile.Line line : excl.lines()) {
            if (line.fields().size() == 1) {
                forms.add(line.field(0).toLowerCase(java.util.Locale.ROOT));
            } else {
                Set<String> next = before.computeIfAbsent(Lemmas.key(line.field(0)), k -> new HashSet<>());
                for (String w : line.field(1).split(",")) next.add(Lemmas.key(w.strip()));
            }
        }
        Set<String> skip = new HashSet<>();
        for (DataFile.Line line : DataFile.read(DIR + "skippable.txt").lines()) {
            for (String w : line.field(0).split("\\s+")) skip.add(Lemmas.key(w));
        }
        return new TermFamilies(families, forms, before, skip);
    }

    /** The comparison key of a word: its family when it has one, else its lemma key. */
    public String normal(String key) {
        return familyOf.getOrDefault(key, key);
    }

    /** The comparison key of token {@code i} of {@code tokens}, or null when an exclusion takes it out of its family. */
    public String normal(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String key = Lemmas.key(t);
        String family = familyOf.get(key);
        if (family == null) return key;
        if (excludedForms.contains(t.word().toLowerCase(java.util.Locale.ROOT))) return key;
        Set<String> next = excludedBefore.get(key);
        if (next != null && i + 1 < tokens.size() && next.contains(Lemmas.key(tokens.get(i + 1)))) return key;
        return family;
    }

    /** Whether a term may skip token {@code t} between two of its words. */
    public boolean skippable(Token t) {
        String key = Lemmas.key(t);
        return key.isEmpty() || skippable.contains(key) || SKIPPABLE_POS.contains(t.pos());
    }

    /** Whether {@code key} is a function word that carries no meaning of its own in a term. */
    public boolean functionWord(String key) {
        return key.isEmpty() || skippable.contains(key);
    }
}
