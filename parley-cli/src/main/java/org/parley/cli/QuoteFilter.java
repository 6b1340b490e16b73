package org.parley.cli;

import java.time.LocalDate;
import org.parley.model.AttributionKind;
import org.parley.store.AttributionQuery;
import org.parley.store.Store;
import picocli.CommandLine.Option;

/** The filters {@code quotes} and {@code export quotes} share. */
public final class QuoteFilter {
    @Option(names = "--speaker", paramLabel = "NAME", description = "Only what this person or body said (any name or alias, e.g. Rutte).")
    String speaker;

    @Option(names = "--article", paramLabel = "ID|NAME", description = "Only from this article.")
    String article;

    @Option(names = "--kind", paramLabel = "KIND", description = "speech, belief, report or other.")
    AttributionKind kind;

    @Option(names = "--direct", description = "Only words in quotation marks.")
    boolean direct;

    @Option(names = "--issue", paramLabel = "ID", description = "Only statements that took a stance on this issue.")
    String issue;

    @Option(names = "--text", paramLabel = "TEXT", description = "Only quotes containing TEXT.")
    String text;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this article date on.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Up to this article date.")
    LocalDate to;

    AttributionQuery query(Store store) {
        AttributionQuery q = AttributionQuery.all();
        if (speaker != null) q = q.withSpeakerName(speaker);
        if (article != null) q = q.withArticle(Lookup.article(store, article));
        if (kind != null) q = q.withKind(kind);
        if (direct) q = q.onlyDirect();
        if (issue != null) q = q.withIssue(issue);
        if (text != null) q = q.withTextContaining(text);
        if (from != null || to != null) q = q.between(from, to);
        return q;
    }
}
