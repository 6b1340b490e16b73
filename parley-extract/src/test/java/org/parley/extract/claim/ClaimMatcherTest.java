package org.parley.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.extract.claim.Facts.article;
import static org.parley.extract.claim.Facts.attribution;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.extract.story.DuplicateGroups;
import org.parley.extract.story.DuplicatePair;
import org.parley.model.ArticleId;

class ClaimMatcherTest {
    private static final String A = "\"We will not raise the fuel tax this year, whatever the deficit says,\" Anna Berg said.";
    private static final String B = "Anna Berg said: \"We won't raise the fuel tax this year, whatever the deficit says.\"";
    private static final String C = "\"We will not raise the fuel tax this year,\" Anna Berg told reporters.";
    private static final String D = "\"The bridge will reopen on Monday after repairs,\" said Tom Reyes.";

    private final ClaimMatcher matcher = new ClaimMatcher(ClaimConfig.defaults());

    private static ArticleFacts a() {
        return article("a", "Ledger", A, attribution(A, "We will not raise the fuel tax this year, whatever the deficit says,", true, "Anna Berg"));
    }

    private static ArticleFacts b(String id, String outlet) {
        return article(id, outlet, B, attribution(B, "We won't raise the fuel tax this year, whatever the deficit says.", true, "Anna Berg"));
    }

    @Test
    void lightly_edited_and_trimmed_quotes_merge_into_one_claim() {
        ArticleFacts c = article("c", "Courier", C, attribution(C, "We will not raise the fuel tax this year,", true, "Anna Berg"));
        ArticleFacts d = article("d", "Courier", D, attribution(D, "The bridge will reopen on Monday after repairs,", true, "Tom Reyes"));

        List<Claim> claims = matcher.match(List.of(d, c, b("b", "Post"), a()), DuplicateGroups.none(), CanonicalNames.byName());

        assertThat(claims).hasSize(2);
        Claim tax = claims.get(0);
        assertThat(tax.sources()).extracting(s -> s.article().value()).containsExactly("a", "b", "c");
        assertThat(tax.speaker()).contains("Anna Berg");
        assertThat(tax.direct()).isTrue();
        assertThat(tax.independentOutlets()).isEqualTo(3);
        assertThat(tax.id()).isEqualTo("claim-a@1");
        assertThat(claims.get(1).sources()).extracting(ClaimSource::outlet).containsExactly("Courier");
    }

    @Test
    void syndicated_copy_counts_once_among_independent_outlets() {
        ArticleFacts copy = b("b2", "Herald");
        DuplicateGroups copies = DuplicateGroups.of(List.of(new DuplicatePair(new ArticleId("b"), new ArticleId("b2"), 1.0)));

        Claim claim = matcher.match(List.of(a(), b("b", "Post"), copy), copies, CanonicalNames.byName()).get(0);

        assertThat(claim.sources()).hasSize(3);
        assertThat(claim.independentOutlets()).isEqualTo(2);
    }

    @Test
    void reported_claim_joins_a_quote_of_the_same_speaker_with_the_same_content() {
        String text = "Anna Berg said the fuel tax would not rise this year despite the deficit.";
        ArticleFacts reported = article("r", "Gazette", text,
                attribution(text, "the fuel tax would not rise this year despite the deficit", false, "Anna Berg"));
        String other = "Tom Reyes said the fuel tax would not rise this year despite the deficit.";
        ArticleFacts otherSpeaker = article("s", "Gazette", other,
                attribution(other, "the fuel tax would not rise this year despite the deficit", false, "Tom Reyes"));

        List<Claim> claims = matcher.match(List.of(a(), reported, otherSpeaker), DuplicateGroups.none(), CanonicalNames.byName());

        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).sources()).extracting(s -> s.article().value()).containsExactly("a", "r");
        assertThat(claims.get(0).text()).startsWith("We will not raise the fuel tax");
        assertThat(claims.get(1).speaker()).isEqualTo(Optional.of("Tom Reyes"));
    }

    @Test
    void short_quotes_are_never_merged() {
        String x = "\"Absolutely,\" Anna Berg said.";
        String y = "\"Absolutely,\" Tom Reyes said.";

        List<Claim> claims = matcher.match(List.of(article("x", "P", x, attribution(x, "Absolutely,", true, "Anna Berg")),
                article("y", "Q", y, attribution(y, "Absolutely,", true, "Tom Reyes"))), DuplicateGroups.none(),
                CanonicalNames.byName());

        assertThat(claims).hasSize(2);
    }
}
