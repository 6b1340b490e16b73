package org.parley.extract.issue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Issue;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Whether a match speaks of the issue's own target ({@link Issue#targets()}). "security guarantees for Russia",
 * "military aid to Israel" and "sanctions against Iran" name someone else right after the term: the words are the
 * issue's, the subject is not. Only a name right after a preposition counts ("weapons to the front" names no one),
 * so a match with no named target is kept.
 */
public final class IssueTargets {
    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "into", "on", "against", "in", "toward", "towards");
    private static final int REACH = 3;

    private IssueTargets() {
    }

    /** True when the words right after the match name a target that is not the issue's. */
    public static boolean elsewhere(List<Token> tokens, Sentence s, IssueMatch m) {
        List<String> targets = m.issue().targets();
        if (targets.isEmpty() || m.endToken() >= s.endToken()) return false;
        if (!PREPOSITIONS.contains(tokens.get(m.endToken()).word().toLowerCase(Locale.ROOT))) return false;
        for (int k = m.endToken() + 1; k < Math.min(s.endToken(), m.endToken() + 1 + REACH); k++) {
            Token t = tokens.get(k);
            String w = t.word();
            if (t.pos().equals("DT") || w.equalsIgnoreCase("the")) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
            if (!t.pos().startsWith("NNP") && t.ner().equals("O")) return false;
            return !named(targets, tokens, k, s.endToken());
        }
        return false;
    }

    private static boolean named(List<String> targets, List<Token> tokens, int at, int end) {
        for (String target : targets) {
            String[] words = target.split("\\s+");
            if (at + words.length > end) continue;
            boolean all = true;
            for (int j = 0; j < words.length && all; j++) all = tokens.get(at + j).word().equalsIgnoreCase(words[j]);
            if (all) return true;
        }
        return false;
    }
}
