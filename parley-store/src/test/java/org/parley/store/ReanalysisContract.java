package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Position;
import org.parley.store.Correction.Action;

/**
 * Re-analysis from stored annotations, run against each database: {@link H2ReanalysisTest} always,
 * {@link PostgresReanalysisTest} when a server is configured.
 */
abstract class ReanalysisContract extends StoreTestBase {

    @Test
    void an_articles_annotations_read_back_as_the_annotator_left_them() {
        ArticleAnalysis a = Corpus.RUTTE_ARTICLE;
        store.save(a, "corenlp=4;entities=1");

        AnnotatedArticle back = store.reanalysis().annotated(a.article().id()).orElseThrow();

        assertThat(back).isEqualTo(a.annotated());
        assertThat(back.tokens()).isNotEmpty().isEqualTo(a.annotated().tokens());
        assertThat(back.tokens().getFirst().lemma()).isEqualTo(a.annotated().tokens().getFirst().lemma());
    }

    @Test
    void entries_give_each_articles_stored_version_and_whether_it_can_be_reanalysed() {
        saveAll();

        List<Reanalysis.Entry> entries = store.reanalysis().entries();

        assertThat(entries).extracting(Reanalysis.Entry::name).containsExactly("rutte-1.txt", "tusk-1.txt", "undated.txt");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.analyzerVersion()).isEqualTo("test-1");
            assertThat(e.annotated()).isTrue();
        });
        assertThat(store.articles(Page.first(10)).items()).extracting(ArticleSummary::analyzerVersion).containsOnly("test-1");
    }

    @Test
    void replacing_an_analysis_swaps_the_facts_and_the_version_and_keeps_text_and_annotations() {
        saveAll();
        ArticleAnalysis a = Corpus.RUTTE_ARTICLE;
        ArticleAnalysis withoutStances = new ArticleAnalysis(a.annotated(), a.date(), a.structure(), a.entities(),
                a.attributions(), List.of(), a.events(), a.warnings());

        store.reanalysis().replace(withoutStances, "test-2");

        StoredArticle got = store.article(a.article().id()).orElseThrow();
        assertThat(got.stances()).isEmpty();
        assertThat(got.attributions()).hasSameSizeAs(a.attributions());
        assertThat(got.analyzerVersion()).isEqualTo("test-2");
        assertThat(got.article()).isEqualTo(a.article());
        assertThat(store.summary(a.article().id()).orElseThrow().counts().stances()).isZero();
        assertThat(store.reanalysis().annotated(a.article().id())).contains(a.annotated());
        assertThat(store.article(Corpus.TUSK_ARTICLE.article().id()).orElseThrow().analyzerVersion()).isEqualTo("test-1");
    }

    @Test
    void a_correction_applies_again_to_the_same_fact_extracted_again() {
        saveAll();
        ArticleAnalysis a = Corpus.RUTTE_ARTICLE;
        long stanceId = all(p -> store.stances(StanceQuery.all(), p)).stream()
                .filter(s -> s.article().id().equals(a.article().id())).findFirst().orElseThrow().id();
        store.reviews().stance(stanceId, Action.SET_POLARITY, Optional.of("oppose"), "misread", "tester");

        store.reanalysis().replace(a, "test-2");

        StoredArticle got = store.article(a.article().id()).orElseThrow();
        assertThat(got.stances()).singleElement().satisfies(s -> assertThat(s.position()).isEqualTo(Position.OPPOSE));
        assertThat(store.reviews().list(Page.first(10)).items()).hasSize(1);
    }

    @Test
    void replacing_an_article_that_is_not_stored_says_so_and_stores_nothing() {
        assertThatThrownBy(() -> store.reanalysis().replace(Corpus.RUTTE_ARTICLE, "test-2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rutte-1.txt").hasMessageContaining("not stored");
        assertThat(store.counts().articles()).isZero();
    }
}
