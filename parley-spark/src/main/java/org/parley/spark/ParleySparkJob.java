package org.parley.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Parley's extraction as a Spark job: reads articles from any Hadoop path, analyses each with the single-machine
 * {@code ArticleAnalyzer} in the executors, and writes Parquet tables (see the README, "Scale out with Spark", for their schema):
 * articles (partitioned by year), entities, mentions, quotes, stances, events, errors, entity_links, duplicates.
 * A rerun over the same input writes the same rows (overwrite mode).
 */
@Command(name = "parley-spark", mixinStandardHelpOptions = true,
        description = "Analyse articles with Spark and write Parquet tables.")
public final class ParleySparkJob implements Callable<Integer> {
    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
            description = "Files or folders of articles (txt, html, jsonl, json, rss/atom, warc) on any Hadoop file system; comma-separated.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for the Parquet tables (replaced).")
    String output;

    @Option(names = "--issues", paramLabel = "FILE", description = "Issues to read stances on, as JSON; default: the bundled general issues.")
    String issues;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]; default: what spark-submit sets, else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Analysis tasks (default: 4 x the cores Spark has).")
    Integer partitions;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ParleySparkJob()).execute(args));
    }

    @Override
    public Integer call() {
        SparkSession spark = session(master, "parley-spark");
        try {
            AnalysisConfig config = issues == null ? AnalysisConfig.bundled() : new AnalysisConfig(issues, readIssues(spark, issues));
            int n = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
            JobResult result = run(spark, new JobSpec(inputs, output, config, n));
            System.out.println(result);
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // a user's mistake (missing input, bad issue file): the message says what to do, a stack trace would not
            System.err.println("parley-spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** A session on {@code master}, or on spark-submit's master, else on every local core. */
    public static SparkSession session(String master, String appName) {
        SparkSession.Builder b = SparkSession.builder().appName(appName).config("spark.ui.showConsoleProgress", "false");
        if (master != null) b.master(master);
        else if (!new SparkConf().contains("spark.master")) b.master("local[*]");
        return b.getOrCreate();
    }

    /** Runs the whole job: read, analyse, resolve entities, find duplicates, write every table. */
    public static JobResult run(SparkSession spark, JobSpec spec) {
        long start = System.nanoTime();
        List<String> files = InputLister.list(spec.inputs(), spark.sparkContext().hadoopConfiguration());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Dataset<String> paths = spark.createDataset(
                jsc.parallelize(files, Math.max(1, Math.min(files.size(), spec.partitions()))).rdd(), Encoders.STRING());
        Dataset<Row> read = paths.mapPartitions(new ReadFiles(spec.config()), Encoders.row(Schemas.READ))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> analysed = read.filter(col("article").isNotNull()).select("article.*")
                .repartition(spec.partitions(), col("id")).sortWithinPartitions("id", "source")
                .mapPartitions(new AnalyzeArticles(spec.config()), Encoders.row(Schemas.ANALYSED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> articles = Tables.articles(analysed);
            articles.write().mode(SaveMode.Overwrite).partitionBy("year").parquet(path(spec, Tables.ARTICLES));
            Dataset<Row> entities = Tables.perArticle(analysed, Tables.ENTITIES);
            write(entities, spec, Tables.ENTITIES);
            for (String table : List.of(Tables.MENTIONS, Tables.QUOTES, Tables.STANCES, Tables.EVENTS)) {
                write(Tables.perArticle(analysed, table), spec, table);
            }
            write(Tables.errors(read, analysed), spec, Tables.ERRORS);
            write(EntityLinks.resolve(entities), spec, Tables.ENTITY_LINKS);
            write(Duplicates.find(analysed), spec, Tables.DUPLICATES);
            return summary(spark, spec, files.size(), (System.nanoTime() - start) / 1e9);
        } finally {
            analysed.unpersist();
            read.unpersist();
        }
    }

    static String path(JobSpec spec, String table) {
        return new Path(spec.output(), table).toString();
    }

    private static void write(Dataset<Row> table, JobSpec spec, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(path(spec, name));
    }

    /** Counts from the written tables (cheap: Parquet keeps row counts in its footers). */
    private static JobResult summary(SparkSession spark, JobSpec spec, int files, double seconds) {
        return new JobResult(files, count(spark, spec, Tables.ARTICLES), count(spark, spec, Tables.ERRORS),
                count(spark, spec, Tables.QUOTES), count(spark, spec, Tables.STANCES),
                spark.read().parquet(path(spec, Tables.ENTITY_LINKS)).select("entity_id").distinct().count(),
                count(spark, spec, Tables.DUPLICATES), seconds);
    }

    private static long count(SparkSession spark, JobSpec spec, String table) {
        return spark.read().parquet(path(spec, table)).count();
    }

    private static String readIssues(SparkSession spark, String file) {
        Path p = new Path(file);
        try (InputStream in = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read issues file " + file + ": " + e.getMessage(), e);
        }
    }
}
