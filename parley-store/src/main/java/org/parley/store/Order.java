package org.parley.store;

/** The order of a stance or event listing. */
public enum Order {
    /** In the order they were stored (by id). */
    STORED,
    /**
     * By date, then id: for a stance, the date of its statement, else its article's; for an event, its own. Undated
     * ones come last.
     */
    CHRONOLOGICAL
}
