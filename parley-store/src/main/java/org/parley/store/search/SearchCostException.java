package org.parley.store.search;

/** A search refused for what it would cost: syntax the {@link SearchLimits} turn off, or over its time limit. */
public final class SearchCostException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final boolean busy;

    private SearchCostException(String message, boolean busy) {
        super(message);
        this.busy = busy;
    }

    /** The query itself costs more than the limits allow: asking again will not help. */
    static SearchCostException refused(String message) {
        return new SearchCostException(message, false);
    }

    /** Another costly search is running: the same query may run in a moment. */
    static SearchCostException busy(String message) {
        return new SearchCostException(message, true);
    }

    /** Whether the same search may succeed a moment later. */
    public boolean busy() {
        return busy;
    }
}
