package org.parley.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.extract.time.DateEstimator;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.DateEstimate;
import org.parley.model.EntityType;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.testkit.Docs;
import org.parley.testkit.Seeds;

/**
 * Where the people and governments of the five seed articles stand on Ukraine's NATO membership (issues from
 * examples/issues-ukraine.json), read with the real annotator, entities and attributions.
 */
class SeedStancesIT {
    private static final String MEMBERSHIP = "ukraine-nato-membership";
    private static final List<SourcedStance> STANCES = new ArrayList<>();
    private static final List<ArticleAnalysis> ANALYSES = new ArrayList<>();
    /** People by surname, bodies by their full name: enough to join one story's mentions across its articles. */
    private static final HolderKey KEY = (article, h) -> {
        List<String> words = HolderNames.words(h.name());
        if (words.isEmpty()) return h.name();
        return h.type() == EntityType.PERSON ? words.get(words.size() - 1) : String.join(" ", words);
    };

    @BeforeAll
    static void readSeeds() {
        StanceExtractor extractor = new StanceExtractor(RealPipeline.ukraineIssues().issues(), StanceLexicon.bundled());
        for (var file : Seeds.files()) {
            String name = file.getFileName().toString();
            Article article = Docs.article(name, Seeds.text(name.substring(0, 3)), null);
            ArticleAnalysis a = RealPipeline.analyse(article);
            ANALYSES.add(a);
            for (Stance s : extractor.extract(a.annotated(), a.entities(), a.attributions(), a.date())) {
                STANCES.add(new SourcedStance(article.id(), name, s));
                System.out.printf("%s s%d %-28s %-28s %-7s %s%s%n", name.substring(0, 3), s.sentence(), s.holder().name(), s.issue(),
                        s.position().label(), s.cues(), s.shift() ? " SHIFT" : "");
            }
        }
    }

    private static StanceRow row(String holder, String issue) {
        return new StanceAggregator(KEY, 180).aggregate(STANCES).stream()
                .filter(r -> r.issue().equals(issue) && HolderNames.same(r.name(), holder)).findFirst()
                .orElseThrow(() -> new AssertionError("no stance of " + holder + " on " + issue + " among " + STANCES.stream()
                        .map(s -> s.stance().holder().name() + "/" + s.stance().issue()).toList()));
    }

    @Test
    void trump_opposes_ukraines_nato_membership() {
        StanceRow trump = row("Trump", MEMBERSHIP);

        assertThat(trump.overall()).isEqualTo(Position.OPPOSE);
        assertThat(trump.evidence()).anySatisfy(e -> assertThat(e.stance().cues()).anyMatch(c -> c.contains("support")));
    }

    @Test
    void hegseth_opposes_it_as_unrealistic() {
        StanceRow hegseth = row("Hegseth", MEMBERSHIP);

        assertThat(hegseth.overall()).isEqualTo(Position.OPPOSE);
        assertThat(hegseth.evidence()).anySatisfy(e -> assertThat(e.stance().cues()).contains("unrealistic"));
    }

    @Test
    void the_russian_government_and_its_spokesman_oppose_it() {
        StanceRow moscow = new StanceAggregator(KEY, 180).aggregate(STANCES).stream()
                .filter(r -> r.issue().equals(MEMBERSHIP) && r.evidence().stream().anyMatch(e -> e.stance().holder().surface().equals("Moscow")))
                .findFirst().orElseThrow(() -> new AssertionError("no stance held by 'Moscow' on " + MEMBERSHIP));

        assertThat(moscow.overall()).isEqualTo(Position.OPPOSE);
        assertThat(moscow.evidence()).anySatisfy(e -> assertThat(e.stance().negated()).isTrue());
        assertThat(row("Peskov", MEMBERSHIP).overall()).isEqualTo(Position.OPPOSE);
    }

    @Test
    void ukraines_government_supports_it() {
        StanceRow ministry = row("Ukraine's Foreign Ministry", MEMBERSHIP);

        assertThat(ministry.overall()).isEqualTo(Position.SUPPORT);
        assertThat(ministry.evidence()).singleElement().satisfies(e -> assertThat(e.stance().cues()).anyMatch(c -> c.contains("acceptable")));
    }

    @Test
    void zelensky_s_proposal_is_conditional() {
        StanceRow zelensky = row("Zelenskyy", MEMBERSHIP);

        assertThat(zelensky.overall()).isEqualTo(Position.MIXED);
        assertThat(zelensky.evidence()).anySatisfy(e -> assertThat(e.stance().conditionText()).contains("hostilities cease"));
    }

    @Test
    void rutte_avoids_a_position_or_hedges_it() {
        StanceRow rutte = row("Rutte", MEMBERSHIP);

        assertThat(rutte.overall()).isIn(Position.NEUTRAL, Position.MIXED);
        assertThat(rutte.counts()).containsKey(Position.NEUTRAL);
        assertThat(rutte.evidence()).anySatisfy(e -> assertThat(e.stance().cues()).anyMatch(c -> c.contains("refrained")));
    }

    @Test
    void rutte_never_opposes_military_aid_and_no_headline_holds_a_stance() {
        StanceRow rutte = row("Rutte", "military-aid-ukraine");

        assertThat(rutte.counts()).doesNotContainKey(Position.OPPOSE);
        // "NATO Pushes for Military Aid Over Peace Talks" was read as one organisation's name and held stances.
        assertThat(STANCES).noneSatisfy(s -> assertThat(s.stance().holder().name()).contains("Pushes"));
        assertThat(STANCES).noneSatisfy(s -> assertThat(s.stance().holder().name()).isEqualTo("Secretary General"));
    }

    @Test
    void trump_shifts_on_weapons_and_on_regaining_territory_are_detected() {
        List<Shift> shifts = new ShiftDetector(KEY, 0.2).detect(STANCES);

        assertThat(shifts).anySatisfy(s -> {
            assertThat(s.holder()).isEqualTo("trump");
            assertThat(s.issue()).isEqualTo("military-aid-ukraine");
        });
        assertThat(shifts).anySatisfy(s -> {
            assertThat(s.holder()).isEqualTo("trump");
            assertThat(s.issue()).isEqualTo("ukraine-regaining-territory");
            assertThat(s.reported()).isTrue();
        });
    }

    @Test
    void undated_seeds_get_a_content_date_estimate_with_its_basis() {
        DateEstimate d = ANALYSES.stream().filter(a -> a.article().name().startsWith("004")).findFirst().orElseThrow().date();

        assertThat(d.estimated()).isTrue();
        assertThat(d.basis()).contains("December 3");
        DateEstimate three = new DateEstimator().estimate(ANALYSES.get(3).annotated());
        assertThat(three.basis()).contains("President-elect");
        assertThat(d.date().map(LocalDate::getMonthValue)).isEqualTo(Optional.of(12));
    }
}
