package org.parley.extract.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.extract.map.Statements.ISSUE;
import static org.parley.extract.map.Statements.KREMLIN;
import static org.parley.extract.map.Statements.LAVROV;
import static org.parley.extract.map.Statements.PESKOV;
import static org.parley.extract.map.Statements.PUNDIT;
import static org.parley.extract.map.Statements.PUTIN;
import static org.parley.extract.map.Statements.ZELENSKYY;
import static org.parley.extract.map.Statements.says;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Condition;
import org.parley.model.Position;

class MapBuilderTest {
    private final MapBuilder builder = new MapBuilder(PartyResolver.standard(PartyOverrides.none()));

    private IssueMap map(List<Statement> statements, MapOptions options) {
        return builder.build(ISSUE, "Ukraine's NATO membership", statements, options);
    }

    @Test
    void speakers_of_one_government_are_one_party_with_their_members_shown() {
        IssueMap map = map(List.of(says(PUTIN, Position.OPPOSE, "2021-12-21"), says(PESKOV, Position.OPPOSE, "2021-12-22"),
                says(LAVROV, Position.OPPOSE, "2022-01-10"), says(KREMLIN, Position.OPPOSE, "2022-01-12"),
                says(ZELENSKYY, Position.SUPPORT, "2022-01-05")), MapOptions.latest());

        assertThat(map.parties()).extracting(p -> p.party().name()).containsExactly("Russia", "Ukraine");
        PartyPosition russia = map.parties().get(0);
        assertThat(russia.members()).extracting(m -> m.speaker().name())
                .containsExactlyInAnyOrder("Vladimir Putin", "Dmitry Peskov", "Sergei Lavrov", "Kremlin");
        assertThat(russia.position()).isEqualTo(Position.OPPOSE);
        assertThat(russia.last()).map(s -> s.speaker().name()).contains("Kremlin");
        assertThat(map.at()).contains(LocalDate.of(2022, 1, 12));
    }

    @Test
    void a_party_that_changes_its_mind_passes_through_mixed_and_its_lane_shows_every_step() {
        // Recency-weighted as StanceAggregator weighs: one contrary statement after two older ones splits the
        // evidence (mixed); the third makes opposition outweigh the fading support.
        IssueMap map = map(List.of(says(ZELENSKYY, Position.SUPPORT, "2021-12-01"), says(ZELENSKYY, Position.SUPPORT, "2022-01-01"),
                says(ZELENSKYY, Position.OPPOSE, "2022-03-15"), says(ZELENSKYY, Position.OPPOSE, "2022-03-20"),
                says(ZELENSKYY, Position.OPPOSE, "2022-03-25")), MapOptions.latest());

        PartyPosition ukraine = map.parties().get(0);
        assertThat(ukraine.segments()).extracting(Segment::position, Segment::from, Segment::to).containsExactly(
                tuple(Position.SUPPORT, LocalDate.of(2021, 12, 1), LocalDate.of(2022, 3, 14)),
                tuple(Position.MIXED, LocalDate.of(2022, 3, 15), LocalDate.of(2022, 3, 24)),
                tuple(Position.OPPOSE, LocalDate.of(2022, 3, 25), LocalDate.of(2022, 3, 25)));
        assertThat(ukraine.segments().get(1).statements()).hasSize(2);
        assertThat(ukraine.earlier()).extracting(Segment::position).containsExactly(Position.SUPPORT, Position.MIXED);
        assertThat(ukraine.position()).isEqualTo(Position.OPPOSE);
    }

    @Test
    void the_map_at_a_date_reads_only_what_was_said_by_then() {
        List<Statement> all = List.of(says(ZELENSKYY, Position.SUPPORT, "2021-12-01"), says(ZELENSKYY, Position.OPPOSE, "2022-03-15"),
                says(ZELENSKYY, Position.OPPOSE, "2022-03-20"), says(PUTIN, Position.OPPOSE, "2022-04-01"));

        IssueMap before = map(all, MapOptions.latest().at(LocalDate.of(2022, 2, 28)));

        assertThat(before.parties()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo(Position.SUPPORT);
            assertThat(p.segments()).singleElement().satisfies(s -> assertThat(s.to()).isEqualTo(LocalDate.of(2022, 2, 28)));
        });
    }

    @Test
    void statements_below_the_minimum_confidence_are_shown_as_not_counted() {
        IssueMap map = map(List.of(says(PUTIN, Position.OPPOSE, "2022-01-01"),
                says(PUTIN, Position.SUPPORT, "2022-01-02", 0.1, null, null)), MapOptions.latest());

        PartyPosition russia = map.parties().get(0);
        assertThat(russia.counted()).isEqualTo(1);
        assertThat(russia.notCounted()).isEqualTo(1);
        assertThat(russia.position()).isEqualTo(Position.OPPOSE);
    }

    @Test
    void conditions_demands_and_red_lines_are_listed_once_each_with_their_latest_statement() {
        IssueMap map = map(List.of(
                says(ZELENSKYY, Position.SUPPORT, "2022-01-01", 0.8, Condition.Kind.CONDITIONAL, "only if the guarantees are on paper"),
                says(ZELENSKYY, Position.SUPPORT, "2022-02-01", 0.8, Condition.Kind.CONDITIONAL, "only if the guarantees are  on paper"),
                says(ZELENSKYY, Position.SUPPORT, "2022-02-02", 0.8, Condition.Kind.RED_LINE, "will never give up its Euro-Atlantic future")),
                MapOptions.latest());

        PartyPosition ukraine = map.parties().get(0);
        assertThat(ukraine.conditions()).extracting(ConditionNote::kind, ConditionNote::times).containsExactly(
                tuple(Condition.Kind.RED_LINE, 1),
                tuple(Condition.Kind.CONDITIONAL, 2));
        assertThat(ukraine.conditionsOf(Condition.Kind.CONDITIONAL).get(0).first()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(ukraine.label()).isEqualTo("conditional support");
    }

    @Test
    void support_against_opposition_without_terms_is_irreconcilable_and_with_terms_is_open_to_a_deal() {
        List<Statement> russiaNo = List.of(says(PUTIN, Position.OPPOSE, "2022-01-01"), says(PESKOV, Position.OPPOSE, "2022-01-02"));
        List<Statement> ukraineYes = List.of(says(ZELENSKYY, Position.SUPPORT, "2022-01-02"), says(ZELENSKYY, Position.SUPPORT, "2022-01-03"));
        List<Statement> ukraineIf = List.of(says(ZELENSKYY, Position.SUPPORT, "2022-01-02"),
                says(ZELENSKYY, Position.SUPPORT, "2022-01-03", 0.8, Condition.Kind.DEMAND, "in exchange for guarantees"));
        List<Statement> punditYes = List.of(says(PUNDIT, Position.SUPPORT, "2022-01-04"), says(PUNDIT, Position.SUPPORT, "2022-01-05"));

        IssueMap plain = map(concat(russiaNo, ukraineYes, punditYes), MapOptions.latest());
        IssueMap terms = map(concat(russiaNo, ukraineIf, punditYes), MapOptions.latest());

        assertThat(kind(plain, "Russia", "Ukraine")).isEqualTo(Overlap.Kind.IRRECONCILABLE);
        assertThat(kind(plain, "Ukraine", "Jane Pundit")).isEqualTo(Overlap.Kind.AGREE);
        assertThat(kind(terms, "Russia", "Ukraine")).isEqualTo(Overlap.Kind.UNDER_CONDITIONS);
        assertThat(terms.overlaps()).filteredOn(o -> o.kind() == Overlap.Kind.UNDER_CONDITIONS)
                .allSatisfy(o -> assertThat(o.conditions()).extracting(ConditionNote::text).contains("in exchange for guarantees"));
        assertThat(plain.overlaps().get(0).kind()).isEqualTo(Overlap.Kind.IRRECONCILABLE);
    }

    @Test
    void a_party_heard_once_is_on_the_map_but_in_no_pair() {
        IssueMap map = map(concat(List.of(says(PUTIN, Position.OPPOSE, "2022-01-01"), says(PUTIN, Position.OPPOSE, "2022-01-02")),
                List.of(says(PUNDIT, Position.SUPPORT, "2022-01-04"))), MapOptions.latest());

        assertThat(map.parties()).hasSize(2);
        assertThat(map.overlaps()).isEmpty();
    }

    @Test
    void a_resolved_and_an_unresolved_speaker_of_one_name_are_one_member() {
        Speaker unresolved = Speaker.named("Volodymyr Zelenskyy", org.parley.model.EntityType.PERSON);
        IssueMap map = map(List.of(says(ZELENSKYY, Position.SUPPORT, "2022-01-01"), says(unresolved, Position.SUPPORT, "2022-01-02")),
                MapOptions.latest());

        assertThat(map.parties().get(0).members()).singleElement().satisfies(m -> assertThat(m.statements()).isEqualTo(2));
    }

    private static List<Statement> concat(List<Statement> a, List<Statement> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<Statement> concat(List<Statement> a, List<Statement> b, List<Statement> c) {
        return concat(concat(a, b), c);
    }

    @Test
    void changes_since_a_date_list_new_parties_shifts_and_new_conditions_with_evidence() {
        Statement earlyNo = says(ZELENSKYY, Position.SUPPORT, "2022-01-01");
        Statement shift1 = says(ZELENSKYY, Position.OPPOSE, "2022-03-15");
        Statement shift2 = says(ZELENSKYY, Position.OPPOSE, "2022-03-20", 0.8, Condition.Kind.CONDITIONAL, "if guarantees are given");
        Statement russia = says(PUTIN, Position.OPPOSE, "2022-03-16");
        IssueMap map = map(List.of(earlyNo, shift1, shift2, russia), MapOptions.latest());

        List<Change> changes = Changes.since(map, LocalDate.of(2022, 3, 1));

        assertThat(changes).extracting(c -> c.kind() + " " + c.party().name() + " " + c.date()).containsExactly(
                "SHIFT Ukraine 2022-03-15",
                "NEW_POSITION Russia 2022-03-16",
                "SHIFT Ukraine 2022-03-20",
                "NEW_CONDITION Ukraine 2022-03-20");
        assertThat(changes.get(0).from()).contains(Position.SUPPORT);
        assertThat(changes.get(0).to()).isEqualTo(Position.MIXED);
        assertThat(changes.get(0).evidence()).isEqualTo(shift1);
        assertThat(changes.get(2).evidence()).isEqualTo(shift2);
        assertThat(Changes.since(map, LocalDate.of(2022, 4, 1))).isEmpty();
    }

    @Test
    void a_window_leaves_out_what_was_said_outside_it_and_undated_statements_are_counted() {
        MapOptions window = new MapOptions(Optional.empty(), Optional.of(LocalDate.of(2022, 3, 1)), Optional.of(LocalDate.of(2022, 3, 31)), 0.25);
        IssueMap map = map(List.of(says(ZELENSKYY, Position.SUPPORT, "2022-01-01"), says(ZELENSKYY, Position.OPPOSE, "2022-03-15")), window);

        assertThat(map.parties()).singleElement().satisfies(p -> assertThat(p.position()).isEqualTo(Position.OPPOSE));
        assertThat(map.at()).contains(LocalDate.of(2022, 3, 31));
    }

    private static Overlap.Kind kind(IssueMap map, String a, String b) {
        return map.overlaps().stream().filter(o -> o.a().name().equals(a) && o.b().name().equals(b)
                || o.a().name().equals(b) && o.b().name().equals(a)).findFirst().orElseThrow().kind();
    }
}
