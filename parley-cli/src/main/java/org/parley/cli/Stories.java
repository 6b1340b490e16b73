package org.parley.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.extract.story.Story;
import org.parley.extract.story.StoryAssignment;
import org.parley.extract.story.StoryClusterer;
import org.parley.extract.story.StoryConfig;
import org.parley.extract.story.StoryInput;
import org.parley.model.ArticleEntities;
import org.parley.model.ArticleId;
import org.parley.model.LocalEntity;
import org.parley.store.ArticleText;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import org.parley.store.StoryLink;
import org.parley.store.StoryRecord;
import org.parley.store.StoryStore;

/**
 * Puts newly stored articles into stories, online: earlier assignments never change.
 *
 * <p>{@link StoryClusterer} keeps document frequencies and story vectors that cannot be read back from the store,
 * so its state is rebuilt by <b>replaying</b> every assigned article, in the stored order it entered the clusterer,
 * through a fresh clusterer; then the new articles are added in date order (undated last, then in storage order)
 * and only their assignments are written. The clusterer is deterministic and its inputs are facts fixed at
 * storage ({@link StoryInputs}), so the replay reproduces the stored assignments; should it not (a changed
 * clusterer), stored assignments still stand and the count of those that differ is reported. Cost: one pass over
 * the stored texts per ingest batch that stored something.
 */
final class Stories {
    static final StoryConfig CONFIG = StoryConfig.defaults();

    /** What one refresh did: articles replayed, articles newly assigned, replayed articles the replay put elsewhere. */
    record Summary(int replayed, int added, int diverged) {
    }

    private Stories() {
    }

    static Summary refresh(Store store) {
        StoryStore stories = store.stories();
        List<StoryLink> links = stories.links();
        Map<ArticleId, int[]> signed = stories.signatures(Signing.SCHEME);
        long articles = store.counts().articles();
        if (links.size() >= articles && signed.size() >= articles) return new Summary(0, 0, 0);

        Set<ArticleId> linked = new HashSet<>();
        for (StoryLink l : links) linked.add(l.article());
        Map<ArticleId, List<LocalEntity>> entities = new HashMap<>();
        for (ArticleEntities e : store.localEntities()) entities.put(e.article(), e.entities());
        Map<ArticleId, Set<String>> issues = new HashMap<>();
        Lookup.each(p -> store.stances(StanceQuery.all(), p), Integer.MAX_VALUE,
                s -> issues.computeIfAbsent(s.article().id(), k -> new TreeSet<>()).add(s.stance().issue()));

        Map<ArticleId, StoryInput> inputs = new HashMap<>();
        List<ArticleText> fresh = new ArrayList<>();
        Map<ArticleId, int[]> signatures = new HashMap<>();
        stories.texts(t -> {
            inputs.put(t.id(), StoryInputs.of(t.id(), t.date(), t.outlet(), t.title(), t.text(),
                    entities.getOrDefault(t.id(), List.of()), issues.getOrDefault(t.id(), Set.of())));
            if (!signed.containsKey(t.id())) signatures.put(t.id(), Signing.HASHER.signature(t.text()));
            if (!linked.contains(t.id())) fresh.add(new ArticleText(t.id(), t.seq(), t.name(), t.outlet(), t.title(), t.date(), ""));
        });
        stories.saveSignatures(Signing.SCHEME, signatures);

        StoryClusterer clusterer = new StoryClusterer(CONFIG);
        int diverged = 0;
        for (StoryLink l : links) {
            StoryInput in = inputs.get(l.article());
            if (in == null) continue;   // not stored any more: nothing to replay
            if (!clusterer.add(in).story().equals(l.story())) diverged++;
        }
        fresh.sort(Comparator.comparing((ArticleText t) -> t.date().orElse(LocalDate.MAX)).thenComparingLong(ArticleText::seq));
        long ord = links.isEmpty() ? 0 : links.get(links.size() - 1).ord() + 1;
        List<StoryLink> added = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (ArticleText t : fresh) {
            StoryAssignment a = clusterer.add(inputs.get(t.id()));
            added.add(new StoryLink(t.id(), a.story(), ord++, a.opened(), a.score()));
            touched.add(a.story());
        }
        List<StoryRecord> records = new ArrayList<>();
        for (Story s : clusterer.stories()) {
            if (touched.contains(s.id())) records.add(new StoryRecord(s.id(), s.label(), s.first(), s.last(), s.articles().get(0)));
        }
        stories.save(records, added);
        return new Summary(links.size(), added.size(), diverged);
    }

    /** Assigns stories first when some stored article has none (a store from before stories, an interrupted run). */
    static void ensure(Store store) {
        if (store.stories().links().size() < store.counts().articles()) refresh(store);
    }
}
