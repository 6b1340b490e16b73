package org.parley.store;

/** What {@link Store#save} did. */
public enum SaveResult {
    /** The article and its analysis were written. */
    STORED,
    /** The article was already stored (same id, hash of the clean text); nothing was written. */
    UNCHANGED
}
