package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.extract.Extraction;
import org.parley.extract.StageVersions;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.stance.StanceLexicon;
import org.parley.model.AnnotatedArticle;
import org.parley.model.ArticleAnalysis;
import org.parley.store.AnalysisRejectedException;
import org.parley.store.Reanalysis;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley reanalyze}: extracts stored articles again from their stored annotations (no CoreNLP), when the
 * extraction code, its data files or the issue set changed since they were stored, then refreshes the entity
 * resolution and stories once, as an ingest does at its end.
 */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
        description = {"Extracts stored articles again from their stored annotations, without CoreNLP: those whose stored",
                "stage versions differ from this build's (code, lexicon content, issue set), or all with --all.",
                "With --issues NEW.json it re-reads stances on a new issue set. Review corrections are kept.",
                "Exit status: 0 when every article due was re-extracted or had nothing to do, 1 when one failed."})
public final class ReanalyzeCommand implements Callable<Integer> {
    private static final int PROGRESS_EVERY = 50;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    IssuesOption issues;

    @Option(names = "--all", description = "Re-extract every article that has stored annotations, stale or not.")
    boolean all;

    @Option(names = "--dry-run", description = "Only say which articles would be re-extracted or skipped.")
    boolean dryRun;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the one-line summary.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Extraction extraction = Extraction.standard(new StanceExtractor(issues.catalog().issues(), StanceLexicon.bundled()));
        String running = extraction.version();
        try (Store store = storeOptions.open()) {
            Reanalysis reanalysis = store.reanalysis();
            List<Reanalysis.Entry> due = new ArrayList<>();
            int current = 0;
            for (Reanalysis.Entry e : reanalysis.entries()) {
                if (all || !StageVersions.current(e.analyzerVersion(), running, true)) due.add(e);
                else current++;
            }
            refuseSilentIssueChange(due, running);
            int done = 0, changed = 0, skipped = 0, failed = 0, quotesBefore = 0, quotesAfter = 0, stancesBefore = 0, stancesAfter = 0;
            for (Reanalysis.Entry e : due) {
                if (!e.annotated()) {
                    skipped++;
                    err.printf("%s (id %s): stored without its annotations (before they were kept); ingest it again "
                            + "into a new store to re-analyse it%n", e.name(), e.id().value());
                    continue;
                }
                if (dryRun) {
                    if (!quiet) out.printf("would re-extract %s (stored %s)%n", e.name(), e.analyzerVersion());
                    done++;
                    continue;
                }
                try {
                    AnnotatedArticle doc = reanalysis.annotated(e.id()).orElseThrow(() -> new IllegalStateException(
                            "its annotations vanished while re-analysing (another process changed the store?)"));
                    var before = store.summary(e.id()).map(s -> s.counts());
                    ArticleAnalysis analysis = extraction.process(doc);
                    reanalysis.replace(analysis, StageVersions.annotatorPart(e.analyzerVersion()) + ";" + running);
                    int q = before.map(c -> c.attributions()).orElse(0), st = before.map(c -> c.stances()).orElse(0);
                    if (q != analysis.attributions().size() || st != analysis.stances().size()) changed++;
                    quotesBefore += q;
                    stancesBefore += st;
                    quotesAfter += analysis.attributions().size();
                    stancesAfter += analysis.stances().size();
                    done++;
                } catch (AnalysisRejectedException | IllegalStateException | IllegalArgumentException ex) {
                    failed++;
                    err.printf("%s (id %s): not re-extracted, its previous analysis is kept: %s%n", e.name(), e.id().value(),
                            ex.getMessage());
                }
                if (!quiet && (done + failed) % PROGRESS_EVERY == 0) {
                    err.printf("reanalyze: %d of %d done%n", done + failed, due.size());
                    err.flush();
                }
            }
            if (done > 0 && !dryRun) {
                Resolution.refresh(store);
                Stories.refresh(store);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "%d article(s) %s, %d skipped (no stored annotations), %d failed, %d already current, "
                            + "in %.1f s%s%n", done, dryRun ? "would be re-extracted" : "re-extracted", skipped, failed, current,
                    seconds, dryRun || done == 0 ? "" : "; quotes %d -> %d, stances %d -> %d (%d article(s) with other counts)"
                            .formatted(quotesBefore, quotesAfter, stancesBefore, stancesAfter, changed));
            return failed == 0 ? 0 : 1;
        }
    }

    /**
     * Without {@code --issues}, the bundled issues would be taken: re-extracting articles read on another issue set
     * with them would silently replace their stances, so the issue set must then be named.
     */
    private void refuseSilentIssueChange(List<Reanalysis.Entry> due, String running) {
        if (issues.given()) return;
        long other = due.stream().filter(e -> !StageVersions.sameIssues(e.analyzerVersion(), running)).count();
        if (other > 0) {
            throw new UserException(("%d stored article(s) had their stances read on another issue set than the bundled "
                    + "issues, or on one this store did not record; say which issues to read them on with --issues FILE "
                    + "(the file they were ingested with keeps their issues, a new file re-reads them)").formatted(other));
        }
    }
}
