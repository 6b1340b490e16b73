package org.parley.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Problem;
import org.parley.model.Removal;
import org.parley.model.Span;

/**
 * Articles and problems to rows and back. An article crosses the shuffle between reading and analysis whole
 * (every field of the record), so the analysis sees exactly the {@link Article} the reader made.
 */
public final class ArticleRows {
    private ArticleRows() {
    }

    public static Row toRow(Article a) {
        Row[] removed = a.removed().stream()
                .map(r -> RowFactory.create(r.span().start(), r.span().end(), r.text(), r.reason())).toArray(Row[]::new);
        Row[] metadata = new TreeMap<>(a.metadata()).entrySet().stream()
                .map(e -> RowFactory.create(e.getKey(), e.getValue())).toArray(Row[]::new);
        return RowFactory.create(a.id().value(), a.name(), a.source(), a.outlet(), a.title(), a.author(), a.url(),
                date(a.published()), a.originalText(), a.text(), removed, metadata);
    }

    public static Article fromRow(Row r) {
        List<Removal> removed = r.<Row>getList(10).stream()
                .map(x -> new Removal(new Span(x.getInt(0), x.getInt(1)), x.getString(2), x.getString(3))).toList();
        Map<String, String> metadata = new TreeMap<>();
        for (Row kv : r.<Row>getList(11)) metadata.put(kv.getString(0), kv.getString(1));
        return new Article(new ArticleId(r.getString(0)), r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), localDate(r, 7), r.getString(8), r.getString(9),
                removed, metadata);
    }

    public static Row toRow(Problem p) {
        return RowFactory.create(p.source(), p.stage(), p.message(), p.hint());
    }

    static Date date(Optional<LocalDate> d) {
        return d.map(Date::valueOf).orElse(null);
    }

    static Optional<LocalDate> localDate(Row r, int i) {
        return r.isNullAt(i) ? Optional.empty() : Optional.of(r.getDate(i).toLocalDate());
    }
}
