package org.parley.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Attribution;
import org.parley.model.AttributionKind;
import org.parley.model.Span;
import org.parley.model.Speaker;

class QuoteEvalTest {
    private static final String TEXT = "Rutte said that peace matters. \"We stand together,\" he added. Officials believe it.";

    private static GoldAttribution gold(int start, int end, String type, Integer speakerStart, Integer speakerEnd) {
        Optional<Span> speaker = speakerStart == null ? Optional.empty() : Optional.of(new Span(speakerStart, speakerEnd));
        return new GoldAttribution(new Span(start, end), TEXT.substring(start, end), "", speaker, "", Optional.empty(),
                !type.equals("indirect"), type, List.of(new Span(start, end)));
    }

    private static Attribution predicted(int start, int end, boolean direct, Speaker speaker) {
        return new Attribution(new Span(start, end), TEXT.substring(start, end), direct, AttributionKind.SPEECH,
                List.of(new Span(start, end)), Optional.empty(), "", speaker, 0, 0.9);
    }

    private static Speaker at(int start, int end) {
        return new Speaker.Known(new Span(start, end), TEXT.substring(start, end), "", "");
    }

    private static final GoldArticle ARTICLE = new GoldArticle("a1", "", "", "", TEXT, "", List.of(
            gold(11, 29, "indirect", 0, 5),      // that peace matters
            gold(31, 51, "direct", 53, 55),      // "We stand together,"
            gold(80, 82, "indirect", 62, 71)));  // it

    @Test
    void a_prediction_matches_at_half_overlap_and_its_speaker_by_overlapping_offsets() {
        EvalReport r = QuoteEval.score(List.of(ARTICLE), g -> List.of(
                predicted(16, 29, false, at(0, 5)),          // "peace matters": 13/18 overlap, right speaker
                predicted(32, 50, true, at(62, 71)),         // the quote without marks, wrong speaker
                predicted(0, 10, false, Speaker.unknown())));  // nothing there
        assertThat(r.all().gold()).isEqualTo(3);
        assertThat(r.all().predicted()).isEqualTo(3);
        assertThat(r.all().matched()).isEqualTo(2);
        assertThat(r.all().speakerRight()).isEqualTo(1);
        assertThat(r.all().contentPrecision()).isEqualTo(2.0 / 3);
        assertThat(r.all().speakerRecall()).isEqualTo(1.0 / 3);
        assertThat(r.misses()).extracting(EvalReport.Miss::kind)
                .contains("false negative", "false positive", "wrong speaker");
    }

    @Test
    void quotes_scope_counts_direct_and_mixed_gold_against_direct_predictions() {
        EvalReport r = QuoteEval.score(List.of(ARTICLE), g -> List.of(
                predicted(32, 50, true, at(53, 55)),
                predicted(11, 29, false, at(0, 5))));
        assertThat(r.quotes().gold()).isEqualTo(1);
        assertThat(r.quotes().predicted()).isEqualTo(1);
        assertThat(r.quotes().speakerF1()).isEqualTo(1.0);
        assertThat(r.all().speakerF1()).isEqualTo(2 * (2.0 / 2) * (2.0 / 3) / (1 + 2.0 / 3));
    }

    @Test
    void matching_is_one_to_one_best_overlap_first() {
        EvalReport r = QuoteEval.score(List.of(ARTICLE), g -> List.of(
                predicted(14, 29, false, at(0, 5)),
                predicted(11, 29, false, at(0, 5))));
        assertThat(r.all().matched()).isEqualTo(1);
        assertThat(r.misses()).filteredOn(m -> m.kind().equals("false positive")).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo(TEXT.substring(14, 29)));
    }

    @Test
    void no_speaker_on_either_side_is_right_and_on_one_side_is_wrong() {
        GoldAttribution none = gold(80, 82, "indirect", null, null);
        assertThat(QuoteEval.speakerRight(none, predicted(80, 82, false, Speaker.unknown()))).isTrue();
        assertThat(QuoteEval.speakerRight(none, predicted(80, 82, false, at(62, 71)))).isFalse();
    }

    @Test
    void the_loader_reads_offsets_speakers_and_fragments(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        String json = """
                {"id": "x1", "publisher": "p", "date": "2016-09-12", "title": "T", "text": "A said \\"B,\\" then.",
                 "quotes": [{"start": 7, "end": 12, "text": "\\"B,\\"", "speaker": "A", "speaker_start": 0,
                  "speaker_end": 1, "cue": "said", "cue_start": 2, "cue_end": 6, "direct": true, "type": "direct",
                  "fragments": [{"start": 7, "end": 12, "text": "\\"B,\\""}]},
                  {"start": 0, "end": 1, "text": "A", "speaker": null, "speaker_start": null, "speaker_end": null,
                  "cue": null, "cue_start": null, "cue_end": null, "direct": false, "type": "indirect", "fragments": []}]}
                """.replace("\n", " ");
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
        List<GoldArticle> gold = GoldLoader.load(file);
        assertThat(gold).singleElement().satisfies(a -> {
            assertThat(a.attributions()).hasSize(2);
            GoldAttribution q = a.attributions().get(0);
            assertThat(q.content()).isEqualTo(new Span(7, 12));
            assertThat(q.speakerSpan()).contains(new Span(0, 1));
            assertThat(q.quoted()).isTrue();
            assertThat(a.attributions().get(1).speakerSpan()).isEmpty();
            assertThat(a.toArticle().text()).isEqualTo(a.text());
            assertThat(a.toArticle().published()).isPresent();
        });
        assertThat(Map.of("n", gold.size())).containsEntry("n", 1);
    }

    @Test
    void a_broken_line_is_reported_with_its_number(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\": \"x\", \"text\": \"t\", \"quotes\": []}\nnot json\n", StandardCharsets.UTF_8);
        try {
            GoldLoader.load(file);
            throw new AssertionError("a broken line must fail");
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("line 2");
        }
    }
}
