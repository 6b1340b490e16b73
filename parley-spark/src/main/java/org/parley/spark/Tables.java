package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The output tables, cut out of the analysed rows ({@link Schemas#ANALYSED}) with Spark SQL. */
public final class Tables {
    public static final String ARTICLES = "articles";
    public static final String ENTITIES = "entities";
    public static final String MENTIONS = "mentions";
    public static final String QUOTES = "quotes";
    public static final String STANCES = "stances";
    public static final String EVENTS = "events";
    public static final String ERRORS = "errors";
    public static final String ENTITY_LINKS = "entity_links";
    public static final String DUPLICATES = "duplicates";

    private Tables() {
    }

    public static Dataset<Row> articles(Dataset<Row> analysed) {
        return analysed.filter(col("article").isNotNull()).select("article.*");
    }

    /** The rows of one per-article list column ("quotes", "stances" …), each with its article's id first. */
    public static Dataset<Row> perArticle(Dataset<Row> analysed, String column) {
        return analysed.filter(col("article").isNotNull())
                .select(col("article.id").as("article"), explode(col(column)).as("x"))
                .select("article", "x.*");
    }

    /** Problems of reading (from {@link Schemas#READ} rows) and of analysis, in one table. */
    public static Dataset<Row> errors(Dataset<Row> read, Dataset<Row> analysed) {
        return read.filter(col("error").isNotNull()).select("error.*")
                .unionByName(analysed.filter(col("error").isNotNull()).select("error.*"));
    }
}
