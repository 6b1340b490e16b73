package org.parley.spark;

import static org.parley.spark.ArticleRows.date;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Attribution;
import org.parley.model.EntityMention;
import org.parley.model.Event;
import org.parley.model.LocalEntity;
import org.parley.model.Problem;
import org.parley.model.Speaker;
import org.parley.model.Stance;
import org.parley.model.When;

/** One {@link ArticleAnalysis} as one row of {@link Schemas#ANALYSED}: the article and what was found in it. */
public final class AnalysisRows {
    private AnalysisRows() {
    }

    /** @param signature the MinHash signature of the article's clean text (see {@link Duplicates}) */
    public static Row toRow(ArticleAnalysis a, int[] signature) {
        Row[] mentions = a.entities().stream()
                .flatMap(e -> e.mentions().stream().map(m -> mention(e, m))).toArray(Row[]::new);
        return RowFactory.create(article(a), rows(a.entities(), AnalysisRows::entity), mentions,
                rows(a.attributions(), AnalysisRows::quote), rows(a.stances(), AnalysisRows::stance),
                rows(a.events(), AnalysisRows::event), Arrays.stream(signature).boxed().toArray(Integer[]::new), null);
    }

    public static Row failed(Problem p) {
        return RowFactory.create(null, null, null, null, null, null, null, ArticleRows.toRow(p));
    }

    static Row article(ArticleAnalysis a) {
        Article art = a.article();
        Integer year = a.date().date().map(d -> d.getYear()).orElse(null);
        return RowFactory.create(art.id().value(), art.name(), art.source(), art.outlet(), art.title(),
                date(art.published()), date(a.date().date()), a.date().estimated(), art.text(), year);
    }

    static Row entity(LocalEntity e) {
        return RowFactory.create(e.key(), e.name(), label(e.type()), sorted(e.roles()), sorted(e.aliases()));
    }

    static Row mention(LocalEntity e, EntityMention m) {
        return RowFactory.create(e.key(), m.span().start(), m.span().end(), m.surface(), label(m.kind()), m.sentence());
    }

    static Row quote(Attribution q) {
        String name = null;
        String key = null;
        Integer start = null;
        Integer end = null;
        if (q.speaker() instanceof Speaker.Known k) {
            name = k.name();
            key = k.entityKey();
            start = k.mention().start();
            end = k.mention().end();
        }
        return RowFactory.create(q.content().start(), q.content().end(), q.text(), q.direct(), label(q.kind()),
                name, key, start, end, q.cueText());
    }

    static Row stance(Stance s) {
        return RowFactory.create(s.issue(), s.holder().name(), s.holder().entityKey(), s.position().label(),
                s.confidence(), s.evidence().start(), s.evidence().end(), s.cues().toArray(String[]::new),
                date(s.date()), s.shift());
    }

    static Row event(Event e) {
        Optional<When> when = e.when();
        return RowFactory.create(e.kind(), e.triggerText(), e.trigger().start(), e.trigger().end(),
                date(when.map(When::date)), when.map(w -> label(w.granularity())).orElse(null),
                e.participants().toArray(String[]::new));
    }

    static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String[] sorted(java.util.Set<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    private static <T> Row[] rows(List<T> items, Function<T, Row> toRow) {
        return items.stream().map(toRow).toArray(Row[]::new);
    }
}
