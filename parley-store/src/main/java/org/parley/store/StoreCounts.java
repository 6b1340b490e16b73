package org.parley.store;

/** Totals over the whole store. */
public record StoreCounts(long articles, long attributions, long stances, long events, long localEntities,
                          long entityMentions, long entities) {
}
