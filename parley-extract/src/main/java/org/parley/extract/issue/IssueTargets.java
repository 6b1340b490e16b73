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
        if (targets.isEmpty()) return false;
        if (othersOnly(targets, tokens, s)) return true;
        if (m.endToken() >= s.endToken()) return false;
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

    /**
     * "rejecting the policy of military neutrality would be wrong since there are no threats to Finland's security":
     * a sentence that gives another country's own ("Finland's") and never names the issue's target speaks of that
     * country. A possessor that is a target, or a target anywhere in the sentence, keeps the match.
     */
    private static boolean othersOnly(List<String> targets, List<Token> tokens, Sentence s) {
        boolean other = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (named(targets, tokens, k, s.endToken())) return false;
            Token t = tokens.get(k);
            boolean possessive = k + 1 < s.endToken() && possessiveMark(tokens, k + 1, s.endToken());
            if (possessive && t.pos().startsWith("NNP") && (t.ner().equals("LOCATION") || t.ner().equals("COUNTRY")
                    || t.ner().equals("STATE_OR_PROVINCE") || t.ner().equals("GPE"))) {
                other = true;
            }
        }
        return other;
    }

    /** "'s" as one token (the tagger's POS), or an apostrophe and "s" split apart. */
    private static boolean possessiveMark(List<Token> tokens, int k, int end) {
        String w = tokens.get(k).word();
        if (tokens.get(k).pos().equals("POS") || w.equals("'s") || w.equals("’s")) return true;
        return (w.equals("'") || w.equals("’")) && k + 1 < end && tokens.get(k + 1).word().equals("s");
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
