package org.parley.extract.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.entity.EntityExtractor;
import org.parley.extract.entity.EntityResolver;
import org.parley.extract.quote.AttributionExtractor;
import org.parley.model.AnnotatedArticle;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleEntities;
import org.parley.model.Attribution;
import org.parley.model.DateEstimate;
import org.parley.model.Entity;
import org.parley.model.EntityType;
import org.parley.model.Invariants;
import org.parley.model.LocalEntity;
import org.parley.model.Speaker;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.testkit.Docs;
import org.parley.testkit.Seeds;

/**
 * Who said what in the five seed articles, with the real annotator: every direct quote has its speaker, and the
 * people quoted are resolved within and across articles. Expectations were written by reading the seeds.
 */
class SeedQuotesIT {
    private static final Map<String, AnnotatedArticle> DOCS = new LinkedHashMap<>();
    private static final Map<String, List<LocalEntity>> ENTITIES = new LinkedHashMap<>();
    private static final Map<String, List<Attribution>> ATTRIBUTIONS = new LinkedHashMap<>();

    @BeforeAll
    static void analyse() {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults());
        EntityExtractor entities = new EntityExtractor();
        AttributionExtractor quotes = new AttributionExtractor();
        for (var file : Seeds.files()) {
            String prefix = file.getFileName().toString().substring(0, 3);
            AnnotatedArticle doc = annotator.process(Docs.article(file.getFileName().toString(), Seeds.text(prefix), null));
            List<LocalEntity> found = entities.process(doc);
            List<Attribution> said = quotes.extract(doc, found);
            Invariants.check(new ArticleAnalysis(doc, DateEstimate.none(), found, said, List.of(), List.of(), List.of()));
            DOCS.put(prefix, doc);
            ENTITIES.put(prefix, found);
            ATTRIBUTIONS.put(prefix, said);
        }
    }

    @ParameterizedTest(name = "seed {0}: ''{1}'' is said by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            000 | Peace must always be made with Ukraine          | Mark Rutte
            000 | Putin must understand he has no choice          | Mark Rutte
            000 | Russia produces in three months                 | Mark Rutte
            001 | vision of peace in Ukraine                      | Mark Rutte
            001 | I have total confidence in President Trump      | Mark Rutte
            001 | I would much rather have them not need          | Donald Trump
            001 | They can negotiate something later              | Donald Trump
            001 | They could still win it                         | Donald Trump
            002 | united                                          | Mark Rutte
            002 | what President Putin is thinking                | Mark Rutte
            002 | He is a powerful negotiator                     | Mark Rutte
            002 | We must ensure that Vladimir Putin never tries  | Mark Rutte
            004 | just peace                                      | Mark Rutte
            004 | has what it needs                               | Antony Blinken
            004 | More Weapons, Fewer Discussions                 | Mark Rutte
            """)
    void every_direct_quote_has_its_speaker(String seed, String words, String speaker) {
        List<Attribution> holding = ATTRIBUTIONS.get(seed).stream()
                .filter(a -> a.direct() && a.text().contains(words)).toList();
        assertThat(holding).as("direct attributions holding '%s' in seed %s: %s", words, seed, ATTRIBUTIONS.get(seed))
                .isNotEmpty();
        assertThat(holding).allSatisfy(a -> assertThat(a.speaker()).isInstanceOfSatisfying(Speaker.Known.class,
                k -> assertThat(k.name()).isEqualTo(speaker)));
    }

    @Test
    void web_form_residue_is_not_a_quote() {
        assertThat(ATTRIBUTIONS.get("001")).noneMatch(a -> a.text().strip().equals("*"));
    }

    @Test
    void rutte_under_every_name_is_one_person_with_his_roles() {
        LocalEntity rutte = person("000", "Mark Rutte");
        assertThat(rutte.aliases()).contains("Rutte");
        assertThat(rutte.roles()).anySatisfy(r -> assertThat(r).contains("NATO Secretary General"));
        assertThat(ENTITIES.get("000")).filteredOn(e -> e.type() == EntityType.PERSON && e.name().contains("Rutte")).hasSize(1);
        assertThat(person("002", "Mark Rutte").aliases()).contains("Secretary Rutte");
        assertThat(person("004", "Mark Rutte").roles()).contains("former Dutch Prime Minister");
    }

    @Test
    void trump_under_every_name_is_one_person_within_and_across_articles() {
        assertThat(ENTITIES.get("001")).filteredOn(e -> e.type() == EntityType.PERSON && e.name().contains("Trump")).hasSize(1);
        Entity trump = resolved("Donald Trump");
        assertThat(trump.id().value()).isEqualTo("person:donald-trump");
        assertThat(trump.roles()).anySatisfy(r -> assertThat(r).containsIgnoringCase("President"));
    }

    @Test
    void zelensky_and_zelenskyy_are_one_person_across_articles() {
        Entity zelensky = resolved("Volodymyr Zelensky");
        assertThat(zelensky.aliases()).anySatisfy(a -> assertThat(a).contains("Zelenskyy"));
        assertThat(resolver().entities()).filteredOn(e -> e.type() == EntityType.PERSON && e.name().contains("Zelensk"))
                .hasSize(1);
    }

    private static LocalEntity person(String seed, String name) {
        return ENTITIES.get(seed).stream().filter(e -> e.type() == EntityType.PERSON && e.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no person " + name + " in seed " + seed + ": " + ENTITIES.get(seed)));
    }

    private static EntityResolver.Resolution resolver() {
        List<ArticleEntities> all = new ArrayList<>();
        DOCS.forEach((seed, doc) -> all.add(new ArticleEntities(doc.article().id(), ENTITIES.get(seed))));
        return new EntityResolver().resolve(all);
    }

    private static Entity resolved(String name) {
        EntityResolver.Resolution r = resolver();
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no resolved entity " + name + " in " + r.entities()));
    }
}
