package org.parley.store;

/**
 * The database refused one article's analysis because it is inconsistent (a speaker, holder or event participant
 * names a local entity key the analysis does not define, or two local entities share a key). Nothing of the
 * article was kept. It is a fault of that one analysis, not of the store: a batch can report it and go on.
 */
public class AnalysisRejectedException extends StoreException {
    private static final long serialVersionUID = 1L;

    public AnalysisRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
