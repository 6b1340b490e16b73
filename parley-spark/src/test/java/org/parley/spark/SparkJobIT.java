package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.extract.ArticleAnalyzer;
import org.parley.ingest.ArticleReader;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Outcome;
import org.parley.testkit.Shared;

/**
 * The job in local[2] on the seeds, a slice of a corpus (copied to a temp file at test time), a near-copy of one
 * of its articles, and two broken files: the same rows as the single-machine analyzer, errors in their table,
 * the same output on a rerun.
 */
class SparkJobIT {
    private static final String CORPUS = "corpora/ukraine_nato_talks_press_2021_2022.jsonl";
    private static final int SLICE = 8;
    private static SparkSession spark;
    private static Path work;
    private static JobSpec spec;
    private static JobResult result;

    @BeforeAll
    static void runJob() throws IOException {
        Path seeds = Shared.seeds();
        Path corpus = Shared.require(CORPUS);
        work = Files.createTempDirectory("parley-spark-it");
        Path in = Files.createDirectories(work.resolve("in"));
        List<String> slice;
        try (Stream<String> lines = Files.lines(corpus)) {
            slice = lines.limit(SLICE).toList();
        }
        Files.write(in.resolve("slice.jsonl"), slice);
        ObjectNode copy = (ObjectNode) new ObjectMapper().readTree(slice.get(0));
        copy.put("id", copy.get("id").asText() + "-copy");
        copy.put("text", copy.get("text").asText() + "\n\nThis story was updated.");
        Files.writeString(in.resolve("copy.jsonl"), copy + "\n");
        Files.writeString(in.resolve("broken.jsonl"), """
                {"id": "note-1", "title": "A note written for this test", "text": "Officials met in Vienna on Tuesday. \\"We will talk again,\\" said Anna Novak, the envoy."}
                {this line is not JSON
                """);
        byte[] garbage = new byte[4096];
        for (int i = 0; i < garbage.length; i++) garbage[i] = (byte) (i * 31 % 7 == 0 ? 0 : i);
        Files.write(in.resolve("garbage.html"), garbage);
        Files.writeString(in.resolve(".hidden.txt"), "Not an article: hidden files are skipped.");

        spark = ParleySparkJob.session("local[2]", "parley-spark-it");
        spec = new JobSpec(List.of(seeds.toString(), in.toString()), work.resolve("out").toString(), AnalysisConfig.bundled(), 4);
        result = ParleySparkJob.run(spark, spec);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void quotes_stances_and_entities_per_article_equal_the_single_machine_analysis() {
        Map<String, List<String>> quotes = new TreeMap<>();
        Map<String, List<String>> stances = new TreeMap<>();
        Map<String, List<String>> entities = new TreeMap<>();
        Pipelines.Pipeline pipeline = Pipelines.get(AnalysisConfig.bundled());
        for (String input : spec.inputs()) {
            for (Article article : articles(pipeline.reader(), Path.of(input))) {
                ArticleAnalysis a = pipeline.analyzer().process(article);
                String id = article.id().value();
                quotes.put(id, sorted(a.attributions(), q -> render(AnalysisRows.quote(q), 0)));
                stances.put(id, sorted(a.stances(), s -> render(AnalysisRows.stance(s), 0)));
                entities.put(id, sorted(a.entities(), e -> render(AnalysisRows.entity(e), 0)));
            }
        }

        assertThat(ids(Tables.ARTICLES)).containsExactlyElementsOf(quotes.keySet());
        assertThat(quotes.keySet()).hasSize(5 + SLICE + 2);
        assertThat(table(Tables.QUOTES, quotes.keySet())).isEqualTo(quotes);
        assertThat(table(Tables.STANCES, quotes.keySet())).isEqualTo(stances);
        assertThat(table(Tables.ENTITIES, quotes.keySet())).isEqualTo(entities);
        assertThat(quotes.values().stream().mapToInt(List::size).sum()).as("quotes found at all").isPositive();
    }

    @Test
    void a_corrupt_file_and_a_bad_record_land_in_errors_and_the_rest_is_analysed() {
        List<Row> errors = spark.read().parquet(ParleySparkJob.path(spec, Tables.ERRORS)).collectAsList();
        assertThat(errors).extracting(r -> r.getString(0))
                .anyMatch(s -> s.contains("garbage.html"))
                .anyMatch(s -> s.contains("broken.jsonl"))
                .noneMatch(s -> s.contains(".hidden"));
        assertThat(errors).allMatch(r -> !r.getString(1).isBlank() && !r.getString(2).isBlank());
        assertThat(spark.read().parquet(ParleySparkJob.path(spec, Tables.ARTICLES)).filter("title = 'A note written for this test'").count())
                .as("the good record of broken.jsonl").isEqualTo(1);
        assertThat(result.errors()).isEqualTo(errors.size());
    }

    @Test
    void every_local_entity_gets_a_corpus_entity_and_the_near_copy_is_a_duplicate() {
        long entities = spark.read().parquet(ParleySparkJob.path(spec, Tables.ENTITIES)).count();
        List<Row> links = spark.read().parquet(ParleySparkJob.path(spec, Tables.ENTITY_LINKS)).collectAsList();
        assertThat(links).hasSize((int) entities).allMatch(r -> r.getString(2).contains(":") && !r.getString(3).isBlank());
        assertThat(links.stream().map(r -> r.getString(2)).distinct().count()).as("entities shared across articles").isLessThan(entities);

        String title = spark.read().parquet(ParleySparkJob.path(spec, Tables.ARTICLES)).filter("name like '%-copy'").first().getAs("title");
        List<String> pair = spark.read().parquet(ParleySparkJob.path(spec, Tables.ARTICLES)).filter(new org.apache.spark.sql.Column("title").equalTo(title))
                .select("id").orderBy("id").collectAsList().stream().map(r -> r.getString(0)).toList();
        List<Row> dups = spark.read().parquet(ParleySparkJob.path(spec, Tables.DUPLICATES)).collectAsList();
        assertThat(pair).hasSize(2);
        assertThat(dups).anyMatch(r -> r.getString(0).equals(pair.get(0)) && r.getString(1).equals(pair.get(1)) && r.getDouble(2) >= 0.8);
    }

    @Test
    void a_rerun_over_the_same_input_writes_the_same_rows() {
        List<String> tables = List.of(Tables.ARTICLES, Tables.ENTITIES, Tables.MENTIONS, Tables.QUOTES, Tables.STANCES,
                Tables.EVENTS, Tables.ERRORS, Tables.ENTITY_LINKS, Tables.DUPLICATES);
        Map<String, List<String>> before = new TreeMap<>();
        for (String t : tables) before.put(t, rows(t));
        JobResult again = ParleySparkJob.run(spark, spec);
        Map<String, List<String>> after = new TreeMap<>();
        for (String t : tables) after.put(t, rows(t));
        assertThat(after).isEqualTo(before);
        assertThat(again.articles()).isEqualTo(result.articles());
    }

    private static List<Article> articles(ArticleReader reader, Path input) {
        try (Stream<Outcome<Article>> s = reader.read(input)) {
            return s.filter(o -> o instanceof Outcome.Done<Article>).map(o -> ((Outcome.Done<Article>) o).value()).toList();
        }
    }

    private static List<String> ids(String table) {
        return spark.read().parquet(ParleySparkJob.path(spec, table)).select("id").orderBy("id").collectAsList()
                .stream().map(r -> r.getString(0)).toList();
    }

    /** A per-article table as article id to its rows (without the article column), every article present. */
    private static Map<String, List<String>> table(String name, Iterable<String> articles) {
        Map<String, List<String>> byArticle = new TreeMap<>();
        articles.forEach(id -> byArticle.put(id, new ArrayList<>()));
        for (Row r : spark.read().parquet(ParleySparkJob.path(spec, name)).collectAsList()) {
            byArticle.get(r.getString(0)).add(render(r, 1));
        }
        byArticle.values().forEach(l -> l.sort(null));
        return byArticle;
    }

    private static List<String> rows(String table) {
        return spark.read().parquet(ParleySparkJob.path(spec, table)).collectAsList().stream().map(r -> render(r, 0)).sorted().toList();
    }

    private static <T> List<String> sorted(List<T> items, Function<T, String> render) {
        return items.stream().map(render).sorted().toList();
    }

    /** A row's values from {@code from} on, with arrays and Scala sequences shown as lists. */
    static String render(Row r, int from) {
        List<Object> values = new ArrayList<>();
        for (int i = from; i < r.length(); i++) values.add(plain(r.get(i)));
        return values.toString();
    }

    private static Object plain(Object v) {
        if (v instanceof Object[] a) return Arrays.stream(a).map(SparkJobIT::plain).toList();
        if (v instanceof scala.collection.Seq<?> s) return scala.jdk.javaapi.CollectionConverters.asJava(s).stream().map(SparkJobIT::plain).toList();
        if (v instanceof Row row) return render(row, 0);
        return v;
    }
}
