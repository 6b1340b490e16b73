package org.parley.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.extract.story.DuplicateFinder;
import org.parley.extract.story.DuplicateGroups;
import org.parley.extract.story.DuplicatePair;
import org.parley.extract.story.MinHasher;
import org.parley.extract.story.Signature;
import org.parley.model.ArticleId;
import org.parley.store.Store;
import org.parley.store.StoryStore;

/** MinHash signatures of stored articles: read from the store, computed and stored for those that lack one. */
final class Signing {
    static final MinHasher HASHER = new MinHasher();
    /** Names the hashing, so a signature made another way is recomputed, never compared. */
    static final String SCHEME = "minhash w%d n%d seed %x".formatted(HASHER.shingleWords(), HASHER.numHashes(), MinHasher.DEFAULT_SEED);

    private Signing() {
    }

    /** Every stored article's signature, in no particular order; missing ones are computed and stored first. */
    static List<Signature> all(Store store) {
        StoryStore stories = store.stories();
        Map<ArticleId, int[]> known = stories.signatures(SCHEME);
        if (known.size() < store.counts().articles()) {
            Map<ArticleId, int[]> fresh = new HashMap<>();
            stories.texts(t -> {
                if (!known.containsKey(t.id())) fresh.put(t.id(), HASHER.signature(t.text()));
            });
            stories.saveSignatures(SCHEME, fresh);
            known.putAll(fresh);
        }
        List<Signature> out = new ArrayList<>(known.size());
        known.forEach((id, values) -> out.add(new Signature(id, values)));
        return out;
    }

    static List<DuplicatePair> pairs(Store store, double threshold) {
        return DuplicateFinder.forThreshold(threshold, HASHER.numHashes()).find(all(store));
    }

    /** Groups of syndicated or lightly edited copies among stored articles, at the default threshold. */
    static DuplicateGroups groups(Store store) {
        return DuplicateGroups.of(pairs(store, DuplicateFinder.DEFAULT_THRESHOLD));
    }
}
