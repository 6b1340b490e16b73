package org.parley.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.DateEstimate;
import org.parley.model.Issue;
import org.parley.model.Position;
import org.parley.testkit.Docs;

class StanceEvalTest {
    @Test
    void gold_is_aligned_by_article_holder_alias_and_issue_and_scored(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, """
                {"id": "x1", "title": "t", "text": "Vladimir Putin rejected NATO membership for Ukraine.", "source": "s", "published": "2022-01-02", "url": null}
                {"id": "x2", "title": "t", "text": "Smith welcomed NATO membership.", "source": "s", "published": null, "url": null}
                """);
        Path gold = dir.resolve("g.jsonl");
        Files.writeString(gold, """
                {"article": "x1", "holder": "Putin", "issue": "m", "stance": "oppose", "evidence": "rejected"}
                {"article": "x2", "holder": "Smith", "issue": "m", "stance": "mixed", "evidence": "welcomed"}
                {"article": "x2", "holder": "Jones", "issue": "m", "stance": "support", "evidence": "-"}
                """);
        StanceExtractor extractor = new StanceExtractor(List.of(new Issue("m", "m", List.of("NATO membership"))), StanceLexicon.bundled());
        StanceEval eval = new StanceEval(extractor, a -> new ArticleAnalysis(Docs.annotated(a, "PERSON:Vladimir Putin", "PERSON:Smith"),
                DateEstimate.none(), List.of(), List.of(), List.of(), List.of(), List.of()));
        List<GoldStance> judgements = GoldStance.read(gold);
        Map<String, Article> articles = StanceEval.readCorpus(List.of(corpus), Set.of("x1", "x2"));

        StanceEval.Report report = eval.evaluate(judgements, articles);

        assertThat(report.pairs()).extracting(StanceEval.Pair::predicted)
                .containsExactly(Optional.of(Position.OPPOSE), Optional.of(Position.SUPPORT), Optional.empty());
        assertThat(report.accuracy()).isEqualTo(1.0 / 3);
        assertThat(report.coverage()).isEqualTo(2.0 / 3);
        assertThat(report.perLabel().get(Position.OPPOSE)[2]).isEqualTo(1.0);
        assertThat(report.macroF1()).isEqualTo((1.0 + 0.0 + 0.0) / 3);
        assertThat(report.format()).contains("MISS x2 | Jones | m: gold support, got nothing");
    }

    @Test
    void a_bad_gold_line_says_file_and_line(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("g.jsonl");
        Files.writeString(gold, "{\"article\": \"a\", \"holder\": \"h\", \"issue\": \"i\", \"stance\": \"oppose\"}\n"
                + "{\"article\": \"a\", \"holder\": \"h\", \"issue\": \"i\", \"stance\": \"against\"}\n");

        assertThatThrownBy(() -> GoldStance.read(gold)).hasMessageContaining("g.jsonl line 2").hasMessageContaining("'against'");
    }

    @Test
    void holder_names_match_across_spellings_titles_and_accents() {
        assertThat(HolderNames.same("Volodymyr Zelenskyy", "Zelensky")).isTrue();
        assertThat(HolderNames.same("President Vladimir Putin", "Putin")).isTrue();
        assertThat(HolderNames.same("Nausėda", "Gitanas Nauseda")).isTrue();
        assertThat(HolderNames.same("Ukraine's Foreign Ministry", "Foreign Ministry")).isTrue();
        assertThat(HolderNames.same("Ukraine's Foreign Ministry", "Foreign Ministry (Ukraine)")).isTrue();
        assertThat(HolderNames.same("Russia's Foreign Ministry", "Foreign Ministry (Ukraine)")).isFalse();
        assertThat(HolderNames.same("Vladimir Putin", "Vladimir Zelensky")).isFalse();
    }
}
