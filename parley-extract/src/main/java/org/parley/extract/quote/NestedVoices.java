package org.parley.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.extract.rule.Rule;
import org.parley.extract.rule.RuleSet;
import org.parley.model.Attribution;
import org.parley.model.Span;
import org.parley.model.Speaker;

/**
 * Rules that read an attribution against the others of its article, after {@link Utterances} gave turns and speeches
 * their speakers: words inside someone's quotation or turn whose own speaker is only "I" or "we" are that someone's.
 */
final class NestedVoices {
    /** One attribution among all the article's attributions. */
    record Context(Utterances.Context article, List<Attribution> all) {
    }

    static final RuleSet<Context, Attribution> RULES = new RuleSet<>(List.of(
            new Rule<>("first-person-in-quote", "an unresolved I/we inside a quotation or a turn with a known speaker is that speaker (and no longer relayed by them)",
                    "'“We feel that the world understands us,” Zelensky said' -> 'We feel' is Zelensky's", NestedVoices::firstPersonInQuote)),
            Attribution::withRule);

    private NestedVoices() {
    }

    private static Attribution firstPersonInQuote(Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Unknown u) || u.mention().isEmpty()) return a;
        if (!Utterances.FIRST_PERSON.contains(u.surface().strip().toLowerCase(Locale.ROOT))) return a;
        Span mention = u.mention().get();
        if (a.direct() && contains(a.content(), mention)) return a; // a "we" inside the quoted words is not who says them
        Attribution holder = null;
        for (Attribution b : ctx.all()) {
            if (b == a || !b.direct() || !(b.speaker() instanceof Speaker.Known)) continue;
            if (!contains(b.content(), a.content()) || !contains(b.content(), mention)) continue;
            if (holder == null || b.content().length() < holder.content().length()) holder = b;
        }
        if (holder == null) return a;
        Speaker.Known who = (Speaker.Known) holder.speaker();
        Optional<Speaker.Known> via = a.via().filter(v -> !same(v, who)).or(holder::via);
        return new Attribution(a.content(), a.text(), a.direct(), a.kind(), a.fragments(), a.cue(), a.cueText(), who,
                a.sentence(), a.confidence(), via, a.rules());
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end() && outer.length() > 0;
    }

    private static boolean same(Speaker.Known x, Speaker.Known y) {
        return x.name().equals(y.name()) || !x.entityKey().isEmpty() && x.entityKey().equals(y.entityKey());
    }
}
