package org.parley.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.parley.extract.story.DuplicateFinder;
import org.parley.extract.story.DuplicatePair;
import org.parley.extract.story.MinHasher;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.extract.story.Signature;

/**
 * Near-duplicate articles across the corpus, the single-machine {@link DuplicateFinder}'s three steps with the
 * middle one distributed: (1) each article's MinHash signature is cut into LSH band keys
 * ({@link DuplicateFinder#bandKeys}); (2) articles sharing a band key are candidates, found by a self-join on the
 * key; (3) each candidate pair is verified ({@link DuplicateFinder#verify}) and kept as
 * {@link Schemas#DUPLICATE} (a, b, similarity) with {@code a < b}.
 */
public final class Duplicates {
    private static final MinHasher HASHER = new MinHasher();
    private static final DuplicateFinder FINDER = DuplicateFinder.defaults();

    private Duplicates() {
    }

    /** The signature of the article's clean text, made where the article is analysed. */
    public static int[] signature(Article article) {
        return HASHER.signature(article);
    }

    /** @param analysed rows of {@link Schemas#ANALYSED} */
    public static Dataset<Row> find(Dataset<Row> analysed) {
        Dataset<Row> signatures = analysed.filter(col("article").isNotNull())
                .select(col("article.id").as("id"), col("signature"));
        Dataset<Row> keys = signatures.flatMap((FlatMapFunction<Row, Row>) Duplicates::bandRows,
                Encoders.row(Schemas.BAND_KEY));
        Dataset<Row> candidates = keys.as("x").join(keys.as("y"),
                        col("x.band").equalTo(col("y.band")).and(col("x.id").lt(col("y.id"))))
                .select(col("x.id").as("a"), col("y.id").as("b")).distinct();
        return candidates
                .join(signatures.select(col("id").as("a"), col("signature").as("sa")), "a")
                .join(signatures.select(col("id").as("b"), col("signature").as("sb")), "b")
                .flatMap((FlatMapFunction<Row, Row>) Duplicates::verified, Encoders.row(Schemas.DUPLICATE))
                .sortWithinPartitions(col("a"), col("b"));
    }

    static Iterator<Row> bandRows(Row r) {
        String id = r.getString(0);
        List<Row> out = new ArrayList<>();
        for (long key : FINDER.bandKeys(ints(r.getList(1)))) out.add(RowFactory.create(key, id));
        return out.iterator();
    }

    /** Row (b, a, sa, sb) to (a, b, similarity) when the pair reaches the threshold. */
    static Iterator<Row> verified(Row r) {
        Signature a = new Signature(new ArticleId(r.getString(r.fieldIndex("a"))), ints(r.getList(r.fieldIndex("sa"))));
        Signature b = new Signature(new ArticleId(r.getString(r.fieldIndex("b"))), ints(r.getList(r.fieldIndex("sb"))));
        return FINDER.verify(a, b)
                .map(p -> List.of(row(p)).iterator())
                .orElse(List.<Row>of().iterator());
    }

    private static Row row(DuplicatePair p) {
        return RowFactory.create(p.a().value(), p.b().value(), p.similarity());
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
