package org.parley.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.extract.issue.IssueCatalog;
import org.parley.model.Article;
import org.parley.testkit.Shared;

/**
 * Scores the stance extractor on the hand-made judgements in {@code eval/stances-gold.jsonl} (issues in
 * {@code eval/stances-issues.json}) over the shared corpora, with the real annotator, entities and attributions.
 */
class StanceEvalIT {
    @Test
    void stance_extraction_agrees_with_hand_made_judgements() throws Exception {
        Path corpora = Shared.require("corpora");
        List<GoldStance> gold = GoldStance.read(RealPipeline.sourceFile("eval/stances-gold.jsonl"));
        IssueCatalog issues = IssueCatalog.load(RealPipeline.sourceFile("eval/stances-issues.json"));
        Set<String> ids = new HashSet<>();
        for (GoldStance g : gold) ids.add(g.article());
        List<Path> files;
        try (Stream<Path> s = Files.list(corpora)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        Map<String, Article> articles = StanceEval.readCorpus(files, ids);
        StanceEval eval = new StanceEval(new StanceExtractor(issues.issues(), StanceLexicon.bundled()), RealPipeline::analyse);

        StanceEval.Report report = eval.evaluate(gold, articles);

        System.out.println(report.format());
        assertThat(gold).hasSizeGreaterThanOrEqualTo(150);
        // The gold grew from 53 to 221 judgements (conditions, hard cases, two new issues), written before any rule
        // was tuned on them: the whole set scored 0.294 when it landed (first 53: 0.698); holders from the document
        // structure brought it to 0.376 (first 53: 0.755; dev split 0.426, test split 0.294); deeds, the issue's
        // opposite, denied undoings and conditions that keep a position to 0.457 (dev 0.515, test 0.365).
        assertThat(report.accuracy()).as(report.format()).isGreaterThan(0.44);
        StanceEval.Report first = eval.evaluate(gold.subList(0, 53), articles);
        assertThat(first.accuracy()).as(first.format()).isGreaterThan(0.73);
    }
}
