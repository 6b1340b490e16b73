package org.parley.extract.story;

/**
 * Settings of {@link StoryClusterer}.
 *
 * @param threshold    minimum score for an article to join an existing story; below it, it opens a new one
 * @param windowDays   an article only joins a story whose dates come within this many days of its own
 * @param entityWeight share of the score from shared entities; the rest comes from content (TF-IDF cosine)
 * @param titleBoost   how many times a title term counts compared with a body term
 * @param dateDecay    score lost, as a fraction, by an article {@code windowDays} away from the story
 * @param maxSpanDays  a story never grows beyond this many days from first to last article: a story is an event,
 *                     and without a cap a running topic (a pandemic, a campaign) chains into one cluster
 */
public record StoryConfig(double threshold, int windowDays, double entityWeight, double titleBoost, double dateDecay,
                          int maxSpanDays) {
    public StoryConfig {
        if (!(threshold > 0 && threshold < 1) || windowDays < 0 || entityWeight < 0 || entityWeight > 1
                || titleBoost < 0 || dateDecay < 0 || dateDecay > 1 || maxSpanDays < windowDays) {
            throw new IllegalArgumentException(("story config out of range: threshold %s (0..1), windowDays %d (>= 0), "
                    + "entityWeight %s (0..1), titleBoost %s (>= 0), dateDecay %s (0..1), maxSpanDays %d (>= windowDays)")
                    .formatted(threshold, windowDays, entityWeight, titleBoost, dateDecay, maxSpanDays));
        }
    }

    /**
     * Tuned on basil_stories_dev.jsonl (StoryEvalMain): the best B-cubed F1 with dates withheld (0.924), and
     * within 0.005 of the best with dates (0.986); any window of 3 to 5 days scores the same there. BASIL events
     * span at most 4 days, so it says nothing about {@code maxSpanDays}; 30 is a judgement call.
     */
    public static StoryConfig defaults() {
        return new StoryConfig(0.2, 3, 0.2, 2.0, 0.0, 30);
    }

    public StoryConfig withThreshold(double t) {
        return new StoryConfig(t, windowDays, entityWeight, titleBoost, dateDecay, maxSpanDays);
    }
}
