package org.parley.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.AnnotatedArticle;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleId;
import org.parley.model.Invariants;
import org.parley.store.internal.AnnotationBlob;
import org.parley.store.internal.AnnotationRepository;
import org.parley.store.internal.ArticleRepository;
import org.parley.store.internal.AttributionRepository;
import org.parley.store.internal.Db;
import org.parley.store.internal.EntityRepository;
import org.parley.store.internal.EventRepository;
import org.parley.store.internal.ExtractionRepository;
import org.parley.store.internal.StanceRepository;

/**
 * Extracting stored articles again from their stored annotations, without the annotator: which articles were
 * extracted by which analyzer version, their annotations, and replacing one article's extracted facts.
 *
 * <p>Corrections made in review are not touched: they are keyed by article, fact kind, span and issue, so they
 * apply again to a re-extracted fact with the same evidence. Cross-article results (entity resolution, stories) are
 * the caller's to refresh once after a batch, as after an ingest.
 */
public final class Reanalysis {
    /**
     * One stored article: the analyzer version that extracted it, and whether its annotations are stored in a
     * format this code reads (articles stored before annotations were kept have none).
     */
    public record Entry(ArticleId id, String name, String analyzerVersion, boolean annotated) {
        public Entry {
            Objects.requireNonNull(id, "id is null");
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(analyzerVersion, "analyzerVersion is null");
        }
    }

    private final Db db;
    private final IndexSync sync;
    private final ArticleRepository articles = new ArticleRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();
    private final ExtractionRepository extraction = new ExtractionRepository();
    private final EntityRepository entities = new EntityRepository();
    private final AttributionRepository attributions = new AttributionRepository();
    private final StanceRepository stances = new StanceRepository();
    private final EventRepository events = new EventRepository();

    Reanalysis(Db db, IndexSync sync) {
        this.db = db;
        this.sync = sync;
    }

    /** Every stored article, in the order stored. */
    public List<Entry> entries() {
        try {
            return db.read(extraction::rows).stream().map(r -> new Entry(r.id(), r.name(), r.analyzerVersion(),
                    r.annotationFormat() != null && r.annotationFormat() == AnnotationBlob.FORMAT)).toList();
        } catch (SQLException e) {
            throw new StoreException("could not list the stored articles and their analyzer versions", e);
        }
    }

    /**
     * The article as the annotator left it, rebuilt from the stored text and annotations; empty when the article or
     * its annotations are not stored (or are in a format this code does not read: ingest it again into a new store).
     */
    public Optional<AnnotatedArticle> annotated(ArticleId id) {
        Objects.requireNonNull(id, "id is null");
        try {
            return db.read(c -> {
                Optional<ArticleRepository.Row> row = articles.load(c, id);
                Optional<AnnotationRepository.Blob> blob = annotations.blob(c, id);
                if (row.isEmpty() || blob.isEmpty() || blob.get().format() != AnnotationBlob.FORMAT) return Optional.empty();
                return Optional.of(AnnotationBlob.read(row.get().article(), blob.get().annotator(), blob.get().data()));
            });
        } catch (SQLException e) {
            throw new StoreException("could not read the stored annotations of " + id, e);
        }
    }

    /**
     * Replaces the extracted facts of a stored article with {@code analysis} (made from its stored annotations) in one
     * transaction, then re-indexes the article. Its global entity links are dropped with its local entities: refresh
     * the entity resolution after the batch.
     *
     * @throws IllegalArgumentException when the article is not stored
     * @throws AnalysisRejectedException when the analysis is over a limit or inconsistent; the old facts are kept
     */
    public void replace(ArticleAnalysis analysis, String analyzerVersion) {
        Objects.requireNonNull(analysis, "analysis is null");
        Objects.requireNonNull(analyzerVersion, "analyzerVersion is null");
        Invariants.check(analysis);
        StoreLimits.check(analysis);
        ArticleId id = analysis.article().id();
        String what = "could not store the new analysis of %s (id %s); its previous analysis is kept"
                .formatted(analysis.article().name(), id);
        boolean stored;
        try {
            stored = db.inTransaction(c -> {
                if (!extraction.updateArticle(c, analysis, analyzerVersion)) return false;
                extraction.deleteFacts(c, id);
                entities.insertLocal(c, id, analysis.entities());
                attributions.insert(c, id, analysis.attributions());
                stances.insert(c, id, analysis.stances());
                events.insert(c, id, analysis.events());
                return true;
            });
        } catch (SQLException e) {
            if (org.parley.store.internal.Sql.isIntegrityViolation(e)) {
                throw new AnalysisRejectedException(what + ". It is inconsistent: every speaker, holder and event "
                        + "participant key must be the key of one of its local entities", e);
            }
            throw new StoreException(what, e);
        }
        if (!stored) {
            throw new IllegalArgumentException("article " + analysis.article().name() + " (id " + id + ") is not stored");
        }
        try {
            sync.articleSaved(db, id);
        } catch (SQLException | IOException e) {
            throw new StoreException(("re-analysed article %s (id %s) but could not re-index it; searches show its old "
                    + "quotes until the index is rebuilt (it is at the next start)").formatted(analysis.article().name(), id), e);
        }
    }
}
