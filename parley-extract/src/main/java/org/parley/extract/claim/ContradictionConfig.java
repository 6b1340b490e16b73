package org.parley.extract.claim;

/**
 * Settings of {@link ContradictionFinder}.
 *
 * @param stancePeriodDays  opposite stances count as a conflict only when at most this many days apart (further
 *                          apart they are more likely a change of mind, which the stance timeline shows)
 * @param eventPeriodDays   reports of one event are compared only when their articles appeared at most this
 *                          many days apart (further apart they are more likely different occurrences)
 * @param minQuoteWords     quotes shorter than this are not checked for SPEAKER conflicts ("we will win")
 */
public record ContradictionConfig(int stancePeriodDays, int eventPeriodDays, int minQuoteWords) {
    public ContradictionConfig {
        if (stancePeriodDays < 0 || eventPeriodDays < 0 || minQuoteWords < 1) {
            throw new IllegalArgumentException("contradiction config out of range: stancePeriodDays %d, eventPeriodDays %d (>= 0), minQuoteWords %d (>= 1)"
                    .formatted(stancePeriodDays, eventPeriodDays, minQuoteWords));
        }
    }

    public static ContradictionConfig defaults() {
        return new ContradictionConfig(14, 7, 6);
    }
}
