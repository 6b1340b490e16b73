package org.parley.server.outlet;

import java.util.List;
import org.parley.store.Store;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredStance;

/**
 * Claims and contradictions across outlets, computed from the store once per server snapshot (they compare every
 * article with every other and are not cheap). An interface so the pipeline's own matching (parley-cli's
 * {@code PipelineOutletViews}: near-duplicate detection, lightly edited quotes, date conflicts) can be plugged
 * in without the server depending on parley-extract; {@link SimpleOutletViews} is the default.
 *
 * <p>Why an interface and not the matcher moved into parley-store: claim matching and contradiction finding are
 * extraction logic (MinHash near-duplicates, shingles, canonical names, a union-find over statements) that belongs
 * with the other cross-article steps in parley-extract; the store keeps facts, not the rules that compare them.
 * This is the same seam as {@link org.parley.server.story.StoryViews}. Stories themselves need no seam: the
 * pipeline stores them as it ingests, and the server reads them from {@link Store#stories()}.
 */
@FunctionalInterface
public interface OutletViews {
    /**
     * @param quotes   every stored quote, as the snapshot holds them
     * @param stances  every stored stance, as the snapshot holds them
     */
    Outlets compute(Store store, List<StoredAttribution> quotes, List<StoredStance> stances);
}
