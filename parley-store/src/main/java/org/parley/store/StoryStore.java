package org.parley.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.parley.model.ArticleId;
import org.parley.model.LocalRef;
import org.parley.store.internal.Db;
import org.parley.store.internal.Sql;
import org.parley.store.internal.StoryRepository;

/**
 * The "across outlets" part of the store: MinHash signatures of articles, stories, and the story each article was
 * put in. Get it from {@link Store#stories()}.
 *
 * <p>An article's story is written once, when the article arrives, and never rewritten: {@link #save} refuses a
 * link for an article that has one. Thread-safe.
 */
public final class StoryStore {
    private final Db db;
    private final StoryRepository repo = new StoryRepository();

    StoryStore(Db db) {
        this.db = db;
    }

    /** Calls {@code action} with every stored article's text, in storage order, a batch at a time. */
    public void texts(Consumer<ArticleText> action) {
        Objects.requireNonNull(action, "action is null");
        read("read article texts", c -> {
            repo.texts(c, action);
            return null;
        });
    }

    /** Stored signatures made by {@code scheme}; articles signed by another scheme, or not at all, are absent. */
    public Map<ArticleId, int[]> signatures(String scheme) {
        Objects.requireNonNull(scheme, "scheme is null");
        return read("read signatures", c -> repo.signatures(c, scheme));
    }

    /** Stores (or replaces) the signatures of the given articles, in one transaction. */
    public void saveSignatures(String scheme, Map<ArticleId, int[]> signatures) {
        Objects.requireNonNull(scheme, "scheme is null");
        Objects.requireNonNull(signatures, "signatures is null");
        if (signatures.isEmpty()) return;
        write("store " + signatures.size() + " signature(s); none was kept", c -> {
            repo.saveSignatures(c, scheme, signatures);
            return null;
        });
    }

    /** Every article's story link, in the order the articles entered the clusterer. */
    public List<StoryLink> links() {
        return read("read story links", repo::links);
    }

    /**
     * In one transaction: inserts or updates {@code stories} (label and dates), then links each new article to its
     * story. Every link's story must be stored already or be among {@code stories}.
     *
     * @throws StoreException when an article already has a story (links are never rewritten) or a link names a
     *                        story or article that is not stored; nothing is written then
     */
    public void save(Collection<StoryRecord> stories, Collection<StoryLink> links) {
        Objects.requireNonNull(stories, "stories is null");
        Objects.requireNonNull(links, "links is null");
        write("store " + links.size() + " story link(s) and " + stories.size() + " stor(y/ies); none was kept. "
                + "An article may already have a story, or another process may be assigning stories at the same time", c -> {
            repo.save(c, stories, links);
            return null;
        });
    }

    /** Every story, in the order it was opened, with its articles, key people and issues. */
    public List<StoredStory> stories() {
        return read("read stories", repo::stories);
    }

    /** The global entity of every local entity that resolution linked: canonical names across articles. */
    public Map<LocalRef, EntityRef> entityLinks() {
        return read("read entity links", repo::entityLinks);
    }

    private <T> T read(String what, Db.Work<T> work) {
        try {
            return db.read(work);
        } catch (SQLException e) {
            throw new StoreException("could not " + what, e);
        }
    }

    private <T> T write(String what, Db.Work<T> work) {
        try {
            return db.inTransaction(work);
        } catch (SQLException e) {
            throw new StoreException("could not " + what + (Sql.isIntegrityViolation(e) ? " (the database refused it as inconsistent)" : ""), e);
        }
    }
}
