package org.parley.store;

/**
 * The store refused one article's analysis: it is inconsistent (a speaker, holder or event participant names a
 * local entity key the analysis does not define, or two local entities share a key), or a field is over its
 * {@link StoreLimits limit}. Nothing of the article was kept. It is a fault of that one article, not of the store:
 * a batch can report it and go on.
 */
public class AnalysisRejectedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    public AnalysisRejectedException(String message, Throwable cause) {
        this(message, "this is a bug in Parley's extractors; please report it with this file", cause);
    }

    public AnalysisRejectedException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What the user can do about it. */
    public String hint() {
        return hint;
    }
}
