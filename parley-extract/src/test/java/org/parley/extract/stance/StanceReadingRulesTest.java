package org.parley.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Condition;
import org.parley.model.DateEstimate;
import org.parley.model.Invariants;
import org.parley.model.Issue;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.model.Token;
import org.parley.testkit.Docs;

/** The rules of 2026-12-07: deeds, the issue's opposite, a denied undoing, and conditions that keep or put off a position. */
class StanceReadingRulesTest {
    private static final Issue AID = new Issue("aid", "Military aid", List.of("Tomahawk missiles"));
    private static final Issue SANCTIONS = new Issue("sanctions", "Sanctions on Russia", List.of("sanctions"));
    private static final Issue CONCESSIONS = new Issue("concessions", "Territorial concessions", List.of("territorial concessions"),
            List.of("territorial integrity"));
    private static final Issue MEMBERSHIP = new Issue("membership", "Ukraine's NATO membership", List.of("join NATO", "member of NATO"));
    private static final Issue NEUTRALITY = new Issue("neutrality", "Neutral status for Ukraine", List.of("military neutrality"),
            List.of(), List.of("Ukraine", "Kyiv", "Ukrainian"));
    private static final Issue GUARANTEES = new Issue("guarantees", "Security guarantees for Ukraine", List.of("security guarantees"),
            List.of(), List.of("Ukraine", "Kyiv", "Ukrainian"));
    private static final StanceExtractor EXTRACTOR = new StanceExtractor(List.of(AID, SANCTIONS, CONCESSIONS, MEMBERSHIP, GUARANTEES, NEUTRALITY),
            StanceLexicon.bundled());
    private static final DateEstimate DATE = new DateEstimate(Optional.of(LocalDate.of(2022, 3, 1)), false, "metadata");

    /** The test annotator tags every lower-case word a noun; {@code tags} gives the verbs their tags. */
    private static List<Stance> stances(String text, Map<String, String> tags, String... entities) {
        AnnotatedArticle doc = Docs.annotated(text, entities);
        List<Token> tokens = new ArrayList<>();
        for (Token t : doc.tokens()) {
            String pos = tags.getOrDefault(t.word(), t.pos());
            tokens.add(new Token(t.index(), t.span(), t.word(), t.lemma(), pos, t.ner(), t.sentence()));
        }
        AnnotatedArticle tagged = Invariants.check(new AnnotatedArticle(doc.article(), doc.sentences(), tokens, doc.mentions(),
                doc.times(), doc.annotator()));
        return EXTRACTOR.extract(tagged, List.of(), List.of(), DATE);
    }

    @Test
    void supplying_it_is_supporting_it() {
        List<Stance> found = stances("Britain will supply Tomahawk missiles to Kyiv.", Map.of("supply", "VB", "will", "MD"),
                "GOVERNMENT:Britain");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.holder().name()).isEqualTo("Britain");
            assertThat(s.position()).isEqualTo(Position.SUPPORT);
        });
    }

    @Test
    void a_deed_told_in_the_passive_or_after_the_issue_is_someone_elses() {
        assertThat(stances("Putin said that Tomahawk missiles are being supplied to Kyiv.",
                Map.of("said", "VBD", "are", "VBP", "being", "VBG", "supplied", "VBN"), "PERSON:Putin"))
                .as("weapons being supplied: no position of the one who tells it").isEmpty();
        assertThat(stances("Putin spoke about the sanctions imposed by Western countries.",
                Map.of("spoke", "VBD", "imposed", "VBN"), "PERSON:Putin"))
                .as("sanctions imposed by others").isEmpty();
    }

    @Test
    void calling_it_illegitimate_is_opposing_it() {
        List<Stance> found = stances("Putin denounced the illegitimate sanctions.", Map.of("denounced", "VBD", "illegitimate", "JJ"),
                "PERSON:Putin");

        assertThat(found).singleElement().satisfies(s -> assertThat(s.position()).isEqualTo(Position.OPPOSE));
    }

    @Test
    void never_giving_up_the_issues_opposite_is_opposing_the_issue() {
        List<Stance> found = stances("Shmyhal stressed that Ukraine will never give up its sovereignty, territorial integrity and future.",
                Map.of("stressed", "VBD", "will", "MD", "give", "VB"), "PERSON:Shmyhal", "GOVERNMENT:Ukraine");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.issue()).isEqualTo("concessions");
            assertThat(s.position()).isEqualTo(Position.OPPOSE);
            assertThat(s.rules()).contains("opposite-term", "condition-red-line");
            assertThat(s.condition()).hasValueSatisfying(c -> {
                assertThat(c.kind()).isEqualTo(Condition.Kind.RED_LINE);
                assertThat(c.text()).isEqualTo("never give up its sovereignty, territorial integrity");
            });
        });
    }

    @Test
    void no_compromise_on_the_issues_opposite_is_opposing_the_issue() {
        List<Stance> found = stances("Zelenskyy said there can be no compromise on our territorial integrity.",
                Map.of("said", "VBD", "can", "MD", "be", "VB"), "PERSON:Zelenskyy");

        assertThat(found).singleElement().satisfies(s -> assertThat(s.position()).isEqualTo(Position.OPPOSE));
    }

    @Test
    void a_condition_that_limits_a_position_keeps_it() {
        List<Stance> found = stances("Zelenskyy said Ukraine is ready to join NATO only if the allies agree.",
                Map.of("said", "VBD", "is", "VBZ", "join", "VB", "agree", "VBP"), "PERSON:Zelenskyy", "GOVERNMENT:Ukraine");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.position()).isEqualTo(Position.SUPPORT);
            assertThat(s.condition()).hasValueSatisfying(c -> {
                assertThat(c.kind()).isEqualTo(Condition.Kind.CONDITIONAL);
                assertThat(c.text()).isEqualTo("only if the allies agree");
            });
        });
    }

    @Test
    void a_condition_that_puts_a_position_off_makes_it_mixed() {
        List<Stance> found = stances("Zelenskyy said Ukraine is ready to join NATO only after the war ends.",
                Map.of("said", "VBD", "is", "VBZ", "join", "VB", "ends", "VBZ"), "PERSON:Zelenskyy", "GOVERNMENT:Ukraine");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.position()).isEqualTo(Position.MIXED);
            assertThat(s.condition()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("only after the war ends"));
        });
    }

    @Test
    void an_issue_for_someone_is_not_read_where_the_words_name_someone_else() {
        Map<String, String> tags = Map.of("insisted", "VBD", "needs", "VBZ", "demanded", "VBD");

        assertThat(stances("Putin demanded security guarantees for Russia.", tags, "PERSON:Putin", "GOVERNMENT:Russia"))
                .as("guarantees for Russia are not guarantees for Ukraine").isEmpty();
        assertThat(stances("Zelenskyy demanded security guarantees for Ukraine.", tags, "PERSON:Zelenskyy", "GOVERNMENT:Ukraine"))
                .singleElement().satisfies(s -> assertThat(s.position()).isEqualTo(Position.SUPPORT));
        assertThat(stances("Zelenskyy demanded security guarantees.", tags, "PERSON:Zelenskyy"))
                .as("no one named after the term: kept").hasSize(1);
    }

    @Test
    void a_negation_inside_a_premise_is_the_circumstance_not_a_position() {
        List<Stance> found = stances("Zelenskyy said that as long as Ukraine is not a member of NATO, it needs security guarantees.",
                Map.of("said", "VBD", "is", "VBZ", "needs", "VBZ"), "PERSON:Zelenskyy", "GOVERNMENT:Ukraine");

        assertThat(found).noneMatch(s -> s.issue().equals("membership") && s.position() == Position.OPPOSE);
    }

    @Test
    void denying_a_clause_that_denies_the_issue_supports_it() {
        List<Stance> found = stances("Zelensky said there is no signal that NATO membership is not our goal.",
                Map.of("said", "VBD", "is", "VBZ", "that", "IN"), "PERSON:Zelensky");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.holder().name()).isEqualTo("Zelensky");
            assertThat(s.position()).isEqualTo(Position.SUPPORT);
        });
    }

    @Test
    void a_name_inside_the_issue_s_words_is_not_its_holder() {
        List<Stance> found = stances("Ukraine's intention to become a member of NATO remains unchanged.",
                Map.of("remains", "VBZ", "become", "VB"), "GOVERNMENT:Ukraine", "ORGANIZATION:NATO");

        assertThat(found).allSatisfy(s -> assertThat(s.holder().name()).isNotEqualTo("NATO"));
    }

    @Test
    void another_country_s_own_neutrality_is_not_the_issue_for_its_target() {
        assertThat(stances("Putin stressed that rejecting military neutrality would be wrong since there are no threats to Finland 's security.",
                Map.of("stressed", "VBD", "would", "MD", "be", "VB", "are", "VBP", "'s", "POS"), "PERSON:Putin", "GOVERNMENT:Finland")).isEmpty();
        assertThat(stances("Putin stressed that Ukraine must accept military neutrality.",
                Map.of("stressed", "VBD", "must", "MD", "accept", "VB"), "PERSON:Putin", "GOVERNMENT:Ukraine")).isNotEmpty();
    }
}
