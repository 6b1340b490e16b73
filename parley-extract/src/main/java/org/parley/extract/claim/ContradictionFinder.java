package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds where articles contradict each other: opposite stances of one holder on one issue (STANCE), one quote
 * given to different speakers (SPEAKER), one event given incompatible dates (DATE). Each {@link Conflict} keeps
 * every side's evidence; nothing is resolved or dropped silently.
 *
 * <p>Immutable and thread-safe; output order is STANCE, SPEAKER, DATE, each sorted by subject.
 */
public final class ContradictionFinder {
    private final ContradictionConfig config;
    private final ClaimMatcher quotes;

    public ContradictionFinder(ContradictionConfig config, ClaimMatcher quotes) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.quotes = Objects.requireNonNull(quotes, "quotes is null");
    }

    public static ContradictionFinder defaults() {
        return new ContradictionFinder(ContradictionConfig.defaults(), new ClaimMatcher(ClaimConfig.defaults()));
    }

    /** Every conflict; events are matched by {@link EventIdentity#sameHappening}. */
    public List<Conflict> find(List<ArticleFacts> articles, CanonicalNames names) {
        List<Conflict> out = new ArrayList<>(stances(articles, names));
        out.addAll(speakers(articles, names));
        out.addAll(dates(articles, names));
        return List.copyOf(out);
    }

    public List<Conflict> stances(List<ArticleFacts> articles, CanonicalNames names) {
        return StanceConflicts.find(articles, names, config.stancePeriodDays());
    }

    public List<Conflict> speakers(List<ArticleFacts> articles, CanonicalNames names) {
        return SpeakerConflicts.find(articles, names, quotes, config.minQuoteWords());
    }

    public List<Conflict> dates(List<ArticleFacts> articles, CanonicalNames names) {
        return DateConflicts.find(articles, names, config.eventPeriodDays());
    }
}
