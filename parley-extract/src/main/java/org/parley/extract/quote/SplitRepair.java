package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.entity.TokenView;
import org.parley.model.Sentence;
import org.parley.model.Span;

/**
 * Joins sentences the splitter broke at an abbreviation's full stop inside parentheses: "Rep. Trey Gowdy (R-S.C.)
 * | said that …". A sentence does not go on with a lower-case word after a closing parenthesis, so the break is
 * the splitter's, and the speaker would otherwise stand apart from its cue.
 */
final class SplitRepair {
    private SplitRepair() {
    }

    static List<Sentence> join(TokenView tv, List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Sentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && brokenAtAbbreviation(tv, prev, s)) {
                out.set(out.size() - 1, new Sentence(prev.index(), new Span(prev.span().start(), s.span().end()),
                        prev.firstToken(), s.endToken(), prev.paragraph()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean brokenAtAbbreviation(TokenView tv, Sentence prev, Sentence next) {
        if (prev.paragraph() != next.paragraph() || prev.tokenCount() < 3 || next.tokenCount() == 0) return false;
        int last = prev.endToken() - 1;
        String close = tv.lower(last);
        if (!close.equals(")") && !close.equals("-rrb-")) return false;
        String before = tv.get(last - 1).word();
        if (!before.equals(".") && !before.endsWith(".")) return false;
        String first = tv.get(next.firstToken()).word();
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0));
    }
}
