package org.parley.store.search;

import java.time.Duration;
import java.util.Objects;

/**
 * What one search may cost. Regular expressions ({@code /[a-z]{1,1000}/}), ranges ({@code [a TO z]}), wildcard
 * patterns ({@code a*b}, {@code ?x}) and fuzzy terms ({@code word~}) walk the whole term dictionary: five clients
 * sending one regular expression in a loop raised every other search's p50 tenfold. A server open to readers it does
 * not know can refuse that syntax, and every search stops at its time limit.
 *
 * @param patterns  whether regular expressions, ranges, wildcard patterns and fuzzy terms are run (a trailing
 *                  {@code prefix*} always is: the web UI's search-as-you-type uses it)
 * @param timeLimit the longest a search may run before it is stopped and refused; {@link Duration#ZERO} for no limit
 */
public record SearchLimits(boolean patterns, Duration timeLimit) {
    /** No limit: what a user's own command line runs. */
    public static final SearchLimits NONE = new SearchLimits(true, Duration.ZERO);
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

    public SearchLimits {
        Objects.requireNonNull(timeLimit, "timeLimit is null");
        if (timeLimit.isNegative()) throw new IllegalArgumentException("timeLimit is negative: " + timeLimit);
    }

    /** A server's default: every syntax, two seconds. */
    public static SearchLimits server() {
        return new SearchLimits(true, DEFAULT_TIME_LIMIT);
    }

    public SearchLimits withPatterns(boolean on) {
        return new SearchLimits(on, timeLimit);
    }

    public SearchLimits withTimeLimit(Duration limit) {
        return new SearchLimits(patterns, limit);
    }
}
