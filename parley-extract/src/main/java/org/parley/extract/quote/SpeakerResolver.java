package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.extract.entity.TokenView;
import org.parley.model.Attribution;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.MentionKind;
import org.parley.model.Span;
import org.parley.model.Speaker;

/**
 * Turns candidates into attributions, in text order, naming each speaker.
 *
 * <ul>
 *   <li>a name or role noun resolves to the entity whose mention covers the head of the speaker's phrase;</li>
 *   <li>"he"/"she" resolves to the latest person speaker within a few sentences (a pronoun next to a cue nearly
 *       always continues the current speaker), else to the entity the pronoun was linked to;</li>
 *   <li>"who"/"which" resolves to the phrase before its comma;</li>
 *   <li>a quote without cue takes the previous attribution's speaker when it is in the same paragraph or the
 *       paragraph right before; otherwise its speaker is unknown.</li>
 * </ul>
 */
final class SpeakerResolver {
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "that");
    private static final int PRONOUN_WINDOW = 3;

    private record Mentioned(EntityMention mention, LocalEntity entity) {
    }

    private final TokenView tv;
    private final String text;
    private final List<Mentioned> mentions = new ArrayList<>();

    SpeakerResolver(TokenView tv, List<LocalEntity> entities) {
        this.tv = tv;
        this.text = tv.doc().text();
        for (LocalEntity e : entities) for (EntityMention m : e.mentions()) mentions.add(new Mentioned(m, e));
    }

    List<Attribution> resolve(List<Candidate> cands) {
        List<Attribution> out = new ArrayList<>();
        Speaker.Known last = null;
        LocalEntity lastEntity = null;
        int lastSentence = -100;
        int lastParagraph = -100;
        for (Candidate c : cands) {
            Speaker speaker = Speaker.unknown();
            LocalEntity entity = null;
            if (c.speaker != null) {
                Span span = span(c.speaker);
                String head = tv.lower(c.speaker.head());
                if (PERSONAL.contains(head) && lastEntity != null && lastEntity.type() == EntityType.PERSON
                        && c.sentence - lastSentence <= PRONOUN_WINDOW && agrees(lastEntity, head)) {
                    entity = lastEntity;
                } else if (RELATIVES.contains(head)) {
                    entity = entityEndingBefore(c.speaker.head());
                } else {
                    entity = entityCovering(tv.get(c.speaker.head()).span());
                }
                String name = entity != null ? entity.name()
                        : RELATIVES.contains(head) ? antecedent(c.speaker.head()).orElse(span.of(text)) : span.of(text);
                speaker = new Speaker.Known(span, span.of(text), entity == null ? "" : entity.key(), name);
            } else if (c.continuation && last != null
                    && (c.paragraph == lastParagraph || c.paragraph == lastParagraph + 1)) {
                speaker = last;
                entity = lastEntity;
                c.confidence = 0.7;
            }
            if (speaker instanceof Speaker.Known k) {
                last = k;
                lastEntity = entity;
                lastSentence = c.sentence;
                lastParagraph = c.paragraph;
            }
            out.add(new Attribution(c.content, c.content.of(text), c.direct, c.kind, c.fragments,
                    AttributionExtractor.cueSpan(tv, c.cue), c.cue == null ? "" : cueText(c), speaker,
                    c.sentence, c.confidence));
        }
        return out;
    }

    /** Whether "he" or "she" can refer to an entity, judged by the pronouns already linked to it. */
    private static boolean agrees(LocalEntity e, String pronoun) {
        boolean male = false;
        boolean female = false;
        for (EntityMention m : e.mentions()) {
            if (m.kind() != MentionKind.PRONOUN) continue;
            String w = m.surface().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("he") || w.equals("him") || w.equals("his") || w.equals("himself")) male = true;
            else female = true;
        }
        return pronoun.equals("he") ? !female || male : !male || female;
    }

    private String cueText(Candidate c) {
        return AttributionExtractor.cueSpan(tv, c.cue).map(s -> s.of(text)).orElse("");
    }

    private Span span(SpeakerFinder.Np np) {
        return new Span(tv.get(np.first()).span().start(), tv.get(np.last()).span().end());
    }

    private LocalEntity entityCovering(Span head) {
        LocalEntity best = null;
        for (Mentioned m : mentions) {
            if (m.mention().span().overlaps(head) && (best == null || m.mention().kind() != MentionKind.PRONOUN)) {
                best = m.entity();
            }
        }
        return best;
    }

    /**
     * "a progressive group that endorsed Sanders": the noun phrase a relative pronoun stands for, as its speaker's
     * name when no entity is known for it (so the speaker reads "a progressive group", not "that").
     */
    private java.util.Optional<String> antecedent(int relative) {
        int k = relative - 1;
        if (k >= 0 && tv.lower(k).equals(",")) k--;
        int last = k;
        while (k >= 0 && k > last - 8 && tv.get(k).sentence() == tv.get(relative).sentence()) {
            String pos = tv.get(k).pos();
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS")
                    || pos.equals("CD") || pos.equals("HYPH"))) break;
            k--;
            if (pos.equals("DT")) break;
        }
        if (k == last || last < 0 || !tv.get(last).pos().startsWith("NN")) return java.util.Optional.empty();
        return java.util.Optional.of(text.substring(tv.get(k + 1).span().start(), tv.get(last).span().end()));
    }

    /** "Trump, who …": the entity named right before the relative pronoun's comma. */
    private LocalEntity entityEndingBefore(int relative) {
        int k = relative - 1;
        if (k >= 0 && tv.lower(k).equals(",")) k--;
        if (k < 0) return null;
        return entityCovering(tv.get(k).span());
    }
}
