package org.parley.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.entity.EntityExtractor;
import org.parley.model.AnnotatedArticle;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Attribution;
import org.parley.model.AttributionKind;
import org.parley.model.DateEstimate;
import org.parley.model.Invariants;
import org.parley.model.LocalEntity;
import org.parley.model.Speaker;
import org.parley.testkit.Docs;

class AttributionExtractorTest {
    private final EntityExtractor entities = new EntityExtractor();
    private final AttributionExtractor extractor = new AttributionExtractor();

    private List<Attribution> extract(AnnotatedArticle doc) {
        List<LocalEntity> found = entities.process(doc);
        List<Attribution> out = extractor.extract(doc, found);
        Invariants.check(new ArticleAnalysis(doc, DateEstimate.none(), found, out, List.of(), List.of(), List.of()));
        return out;
    }

    private static Attribution containing(List<Attribution> all, String words) {
        return all.stream().filter(a -> a.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution contains '" + words + "' in " + all));
    }

    private static String speaker(Attribution a) {
        return switch (a.speaker()) {
            case Speaker.Known k -> k.name();
            case Speaker.Unknown u -> "?";
        };
    }

    private static String speakerSurface(Attribution a) {
        return a.speaker() instanceof Speaker.Known k ? k.surface() : "?";
    }

    @Test
    void quote_with_said_after_is_attributed_to_the_subject() {
        AnnotatedArticle doc = Docs.annotated("NATO Secretary General Mark Rutte spoke. "
                + "“Peace must be made with Ukraine,” Rutte said.", "PERSON:Mark Rutte", "PERSON:Rutte");
        Attribution a = containing(extract(doc), "Peace must");
        assertThat(a.direct()).isTrue();
        assertThat(a.text()).isEqualTo("Peace must be made with Ukraine,");
        assertThat(a.cueText()).isEqualTo("said");
        assertThat(speaker(a)).isEqualTo("Mark Rutte");
        assertThat(speakerSurface(a)).isEqualTo("Rutte");
        assertThat(a.kind()).isEqualTo(AttributionKind.SPEECH);
    }

    @Test
    void inverted_said_with_a_title_names_the_person_after_the_cue() {
        AnnotatedArticle doc = Docs.annotated("Mark Rutte spoke in Brussels. "
                + "\"We must ensure that peace holds,\" said Secretary Rutte.", "PERSON:Mark Rutte", "PERSON:Rutte");
        Attribution a = containing(extract(doc), "We must ensure");
        assertThat(speaker(a)).isEqualTo("Mark Rutte");
        assertThat(speakerSurface(a)).contains("Rutte");
    }

    @Test
    void a_cue_before_the_quote_gives_the_speaker() {
        AnnotatedArticle doc = Docs.annotated("Mark Rutte underscored, “Peace must always be made with Ukraine.”",
                "PERSON:Mark Rutte");
        Attribution a = containing(extract(doc), "Peace must always");
        assertThat(a.direct()).isTrue();
        assertThat(speaker(a)).isEqualTo("Mark Rutte");
        assertThat(a.cueText()).isEqualTo("underscored");
    }

    @Test
    void a_split_quote_is_one_attribution_with_two_fragments() {
        AnnotatedArticle doc = Docs.annotated("Mark Rutte spoke. “Of course, I do not know,” he said, "
                + "“what the president is thinking.”", "PERSON:Mark Rutte");
        List<Attribution> all = extract(doc);
        Attribution a = containing(all, "Of course");
        assertThat(a.fragments()).hasSize(2);
        assertThat(a.text()).startsWith("Of course").endsWith("what the president is thinking.");
        assertThat(speaker(a)).isEqualTo("Mark Rutte");
        assertThat(all).filteredOn(x -> x.text().contains("what the president")).hasSize(1);
    }

    @Test
    void the_next_sentence_of_a_quote_continues_the_same_turn() {
        AnnotatedArticle doc = Docs.annotated("“I have total confidence in him,” Rutte stated. "
                + "“He is the only one who can get this done.”", "PERSON:Rutte");
        Attribution a = containing(extract(doc), "total confidence");
        assertThat(a.text()).endsWith("get this done.");
        assertThat(speaker(a)).isEqualTo("Rutte");
    }

    @Test
    void a_quote_paragraph_without_a_cue_continues_the_previous_speaker() {
        AnnotatedArticle doc = Docs.annotated("“We stand together,” Hegseth said on Thursday.\n\n"
                + "“Europe must take primary responsibility for its own defence.”\n\nThe meeting ended.",
                "PERSON:Hegseth");
        Attribution a = containing(extract(doc), "Europe must take");
        assertThat(a.cue()).isEmpty();
        assertThat(speaker(a)).isEqualTo("Hegseth");
    }

    @Test
    void a_quote_over_two_paragraphs_is_one_quote() {
        AnnotatedArticle doc = Docs.annotated("Caddell continued:\n\n“The first part of a long answer goes here.\n\n"
                + "“And the second part ends it.”\n\nThen the host spoke.", "PERSON:Caddell");
        List<Attribution> all = extract(doc);
        Attribution a = containing(all, "first part");
        assertThat(a.text()).endsWith("ends it.");
        assertThat(speaker(a)).isEqualTo("Caddell");
        assertThat(all).filteredOn(x -> x.text().contains("second part")).hasSize(1);
    }

    @Test
    void a_partial_quote_in_a_reported_clause_makes_the_clause_a_mixed_attribution() {
        AnnotatedArticle doc = Docs.annotated("Mark Rutte noted that he wants to “deliver peace in Ukraine” soon.",
                "PERSON:Mark Rutte");
        List<Attribution> direct = extract(doc).stream().filter(Attribution::direct).toList();
        assertThat(direct).hasSize(1);
        Attribution a = direct.get(0);
        assertThat(a.cueText()).isEqualTo("noted");
        assertThat(a.text()).startsWith("that he wants").contains("“deliver peace in Ukraine”");
        assertThat(speaker(a)).isEqualTo("Mark Rutte");
    }

    @Test
    void reported_speech_with_that_has_the_clause_as_content() {
        AnnotatedArticle doc = Docs.annotated("Pete Hegseth stated that the United States is aiming for peace.",
                "PERSON:Pete Hegseth");
        Attribution a = containing(extract(doc), "aiming");
        assertThat(a.direct()).isFalse();
        assertThat(a.text()).isEqualTo("that the United States is aiming for peace");
        assertThat(a.kind()).isEqualTo(AttributionKind.SPEECH);
        assertThat(speaker(a)).isEqualTo("Pete Hegseth");
    }

    @Test
    void according_to_works_before_and_after_the_content() {
        List<Attribution> before = extract(Docs.annotated("According to Rutte, North Korean troops are deployed.",
                "PERSON:Rutte"));
        assertThat(containing(before, "troops").text()).isEqualTo("North Korean troops are deployed");
        assertThat(speaker(containing(before, "troops"))).isEqualTo("Rutte");
        List<Attribution> after = extract(Docs.annotated("North Korean troops are deployed, according to Rutte.",
                "PERSON:Rutte"));
        assertThat(containing(after, "troops").text()).isEqualTo("North Korean troops are deployed");
        assertThat(speaker(containing(after, "troops"))).isEqualTo("Rutte");
    }

    @Test
    void beliefs_and_reports_get_their_kind_and_unresolved_sources_keep_their_words() {
        List<Attribution> all = extract(Docs.annotated("Officials believed the war would end soon. "
                + "A new poll shows that most voters want peace."));
        Attribution belief = containing(all, "war would end");
        assertThat(belief.kind()).isEqualTo(AttributionKind.BELIEF);
        // "officials" are anyone in office, not someone to cite: no name, the words kept as the mention
        assertThat(belief.speaker()).isInstanceOfSatisfying(Speaker.Unknown.class, u -> {
            assertThat(u.surface()).isEqualTo("Officials");
            assertThat(u.mention()).isPresent();
        });
        Attribution report = containing(all, "most voters");
        assertThat(report.kind()).isEqualTo(AttributionKind.REPORT);
        assertThat(speakerSurface(report)).contains("poll");
    }

    @Test
    void a_pronoun_speaker_resolves_to_the_person_speaking_before() {
        AnnotatedArticle doc = Docs.annotated("“Putin must understand,” Rutte said. He added that Ukraine will be involved.",
                "PERSON:Rutte", "PERSON:Putin");
        Attribution a = containing(extract(doc), "Ukraine will be involved");
        assertThat(speakerSurface(a)).isEqualTo("He");
        assertThat(speaker(a)).isEqualTo("Rutte");
    }

    @Test
    void a_role_noun_speaker_resolves_to_the_holder() {
        AnnotatedArticle doc = Docs.annotated("NATO Secretary General Mark Rutte arrived. "
                + "The secretary general said that talks must begin.", "PERSON:Mark Rutte");
        Attribution a = containing(extract(doc), "talks must begin");
        assertThat(speaker(a)).isEqualTo("Mark Rutte");
        assertThat(speakerSurface(a)).contains("secretary general");
    }

    @Test
    void web_form_residue_and_cue_less_scare_quotes_are_not_quotes() {
        List<Attribution> all = extract(Docs.annotated("The so-called “peace plan” was shelved by many.\n\n"
                + "\"*\" indicates required fields"));
        assertThat(all).isEmpty();
    }

    @Test
    void an_unclosed_quote_is_capped_at_its_paragraph_and_reported() {
        AnnotatedArticle doc = Docs.annotated("Rutte said, “This quote never closes.\n\nTrump said that it is fine.",
                "PERSON:Rutte", "PERSON:Trump");
        AttributionExtractor.Result r = extractor.analyse(doc, entities.process(doc));
        assertThat(r.warnings()).singleElement().satisfies(p -> assertThat(p.message()).contains("never closed"));
        assertThat(containing(r.attributions(), "never closes").text()).doesNotContain("Trump");
        assertThat(speaker(containing(r.attributions(), "it is fine"))).isEqualTo("Trump");
    }

    @Test
    void a_headline_quote_takes_the_name_before_its_colon() {
        AnnotatedArticle doc = Docs.annotated("Rutte’s Stance: “More Weapons, Fewer Discussions”\n\nRutte left.",
                "PERSON:Rutte");
        assertThat(speaker(containing(extract(doc), "More Weapons"))).isEqualTo("Rutte");
    }

    @Test
    void a_dash_after_a_quote_names_its_speaker() {
        AnnotatedArticle doc = Docs.annotated("“We need law and order in this country.” ― Sonya Herridge",
                "PERSON:Sonya Herridge");
        assertThat(speaker(containing(extract(doc), "law and order"))).isEqualTo("Sonya Herridge");
    }

    @Test
    void a_quote_with_no_cue_and_no_speaker_before_is_unknown() {
        List<Attribution> all = extract(Docs.annotated("The hall was full.\n\n“This is a long sentence that nobody claims.”"));
        assertThat(containing(all, "nobody claims").speaker()).isInstanceOf(Speaker.Unknown.class);
    }

    @Test
    void a_transcript_turn_inside_quotation_marks_belongs_to_its_capitalised_tag() {
        AnnotatedArticle doc = Docs.annotated("Partial transcript as follows.\n\n"
                + "\"WALLACE: Will the senator attend the debate tomorrow night?\n\n"
                + "\"PENCE: Well, look, this is serious business for the whole country.");
        List<Attribution> all = extract(doc);
        Attribution answer = containing(all, "serious business");
        assertThat(answer.direct()).isTrue();
        assertThat(answer.text()).startsWith("Well, look");
        assertThat(speakerSurface(answer)).isEqualTo("PENCE");
        assertThat(speakerSurface(containing(all, "attend the debate"))).isEqualTo("WALLACE");
    }

    @Test
    void a_report_opening_with_the_speaker_of_another_is_counted_once() {
        AnnotatedArticle doc = Docs.annotated("Mark Rutte said he expected the alliance to grow stronger next year.",
                "PERSON:Mark Rutte");
        List<Attribution> all = extract(doc);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).cueText()).isEqualTo("said");
        assertThat(all.get(0).text()).startsWith("he expected");
    }

    @Test
    void a_relative_clause_stays_in_the_reported_content_but_a_dash_ends_it() {
        List<Attribution> which = extract(Docs.annotated(
                "Mark Rutte said that the plan failed in the end, which left the allies puzzled.", "PERSON:Mark Rutte"));
        assertThat(containing(which, "plan failed").text()).endsWith("which left the allies puzzled");
        List<Attribution> dash = extract(Docs.annotated(
                "Mark Rutte said that the plan failed in the end ― as many had feared.", "PERSON:Mark Rutte"));
        assertThat(containing(dash, "plan failed").text()).isEqualTo("that the plan failed in the end");
    }
}
