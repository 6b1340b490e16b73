package org.parley.extract.claim;

/** What two reports disagree on. */
public enum ConflictKind {
    /** The same holder reported as supporting and as opposing the same issue, by different outlets, close in time. */
    STANCE,
    /** The same quote attributed to different speakers. */
    SPEAKER,
    /** The same event given different, incompatible dates. */
    DATE
}
