package org.parley.extract.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Removal;
import org.parley.model.Span;

class DuplicateFinderTest {
    private static final String ORIGINAL = """
            The city council voted on Tuesday to approve a new budget for public transport, after a debate that \
            lasted more than six hours. The plan adds forty buses to the northern routes and extends evening service \
            on three tram lines. Opponents said the fare increase that pays for it would hurt low-income riders, \
            while the mayor said the investment was overdue and would cut travel times across the city. The budget \
            now goes to the regional authority, which must sign off on the fare changes before they take effect in \
            the spring. Council members from the opposition promised to keep fighting the increase.""";
    private static final String LIGHT_EDIT = ORIGINAL
            .replace("Council members from the opposition promised", "Opposition council members promised");
    private static final String OTHER_STORY = """
            A severe storm brought heavy rain and strong winds to the coast on Sunday, knocking out power to thousands \
            of homes and closing two bridges. Emergency crews worked through the night to clear fallen trees, and \
            officials urged residents to stay off the roads until the water receded. Forecasters expect calmer \
            weather by midweek, although another system could arrive over the weekend.""";

    private final MinHasher hasher = new MinHasher();
    private final DuplicateFinder finder = DuplicateFinder.defaults();

    private Signature sign(String id, String text) {
        return new Signature(new ArticleId(id), hasher.signature(text));
    }

    @Test
    void exact_copy_and_light_edit_are_found_and_a_different_story_is_not() {
        List<Signature> signatures = List.of(sign("a", ORIGINAL), sign("b", ORIGINAL), sign("c", LIGHT_EDIT),
                sign("d", OTHER_STORY));

        List<DuplicatePair> pairs = finder.find(signatures);

        assertThat(pairs).extracting(p -> p.a().value() + "-" + p.b().value()).containsExactly("a-b", "a-c", "b-c");
        assertThat(pairs.get(0).similarity()).isEqualTo(1.0);
        assertThat(pairs.get(1).similarity()).isBetween(0.8, 0.99);
        assertThat(LshBands.forThreshold(0.8, 128)).isEqualTo(finder.bands());
    }

    @Test
    void signatures_are_deterministic_across_instances_and_ignore_case_and_punctuation() {
        int[] one = new MinHasher().signature(ORIGINAL);
        int[] two = new MinHasher().signature(ORIGINAL.toUpperCase(java.util.Locale.ROOT).replace(",", ""));

        assertThat(two).isEqualTo(one);
        assertThat(new MinHasher(5, 128, 7).signature(ORIGINAL)).isNotEqualTo(one);
    }

    @Test
    void estimated_similarity_tracks_exact_jaccard_of_shingles() {
        double exact = Shingles.jaccard(Shingles.wordShingles(ORIGINAL, 5), Shingles.wordShingles(LIGHT_EDIT, 5));

        double estimated = MinHasher.similarity(hasher.signature(ORIGINAL), hasher.signature(LIGHT_EDIT));

        assertThat(estimated).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void article_signature_reads_the_clean_text_so_blanked_residue_changes_nothing() {
        String residue = "Share this article | Subscribe now";
        String original = ORIGINAL + "\n\n" + residue;
        String blanked = ORIGINAL + "\n\n" + " ".repeat(residue.length());
        Article withResidue = new Article(new ArticleId("r"), "r", "r", "", "", "", "", Optional.empty(), original,
                blanked, List.of(new Removal(new Span(ORIGINAL.length() + 2, original.length()), residue, "footer")),
                Map.of());

        assertThat(hasher.signature(withResidue)).isEqualTo(hasher.signature(ORIGINAL));
        assertThat(hasher.signature(original)).isNotEqualTo(hasher.signature(ORIGINAL));
    }

    @Test
    void text_without_words_is_similar_to_nothing() {
        List<Signature> signatures = List.of(sign("a", "-- -- --"), sign("b", "... ..."));

        assertThat(finder.find(signatures)).isEmpty();
        assertThat(finder.bandKeys(signatures.get(0).values())).isEmpty();
    }

    @Test
    void band_keys_of_copies_match_and_carry_their_band_number() {
        long[] a = finder.bandKeys(hasher.signature(ORIGINAL));
        long[] b = finder.bandKeys(hasher.signature(ORIGINAL));

        assertThat(a).isEqualTo(b).hasSize(finder.bands().bands());
        for (int band = 0; band < a.length; band++) assertThat(LshBands.bandOf(a[band])).isEqualTo(band);
    }

    @Test
    void bands_for_threshold_put_the_steep_part_of_the_curve_at_the_threshold() {
        LshBands bands = LshBands.forThreshold(0.8, 128);

        assertThat(bands.bands() * bands.rows()).isLessThanOrEqualTo(128);
        assertThat(bands.candidateProbability(0.85)).isGreaterThan(0.95);
        assertThat(bands.candidateProbability(0.5)).isLessThan(0.1);
    }

    @Test
    void groups_join_copies_transitively_and_count_them_once() {
        ArticleId a = new ArticleId("a");
        ArticleId b = new ArticleId("b");
        ArticleId c = new ArticleId("c");
        ArticleId d = new ArticleId("d");

        DuplicateGroups groups = DuplicateGroups.of(List.of(new DuplicatePair(c, b, 0.9), new DuplicatePair(b, a, 0.85)));

        assertThat(groups.groups()).containsExactly(List.of(a, b, c));
        assertThat(groups.representative(c)).isEqualTo(a);
        assertThat(groups.representative(d)).isEqualTo(d);
        assertThat(groups.countDistinct(List.of(a, b, c, d))).isEqualTo(2);
    }
}
