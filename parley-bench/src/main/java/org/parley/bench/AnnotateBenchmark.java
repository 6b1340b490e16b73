package org.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;

/**
 * JMH micro-benchmark: annotating one article with the fast profile. Run with
 * {@code java -cp <parley-bench classpath> org.openjdk.jmh.Main AnnotateBenchmark [-p file=some/article.txt]}.
 * Without {@code file} it annotates a short text written for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class AnnotateBenchmark {
    private static final String SAMPLE = """
            Ministers Meet in Brussels

            The defence ministers of the alliance met in Brussels on Thursday to discuss support for Ukraine.
            "We will stand with Kyiv for as long as it takes," Secretary General Jane Example told reporters.
            Officials from France and Germany said a new package would be agreed next week.
            """;

    @Param({"profile:fast", "profile:accurate"})
    public String setup;

    @Param({""})
    public String file;

    private CoreNlpAnnotator annotator;
    private Article article;

    @Setup
    public void load() throws IOException {
        annotator = new CoreNlpAnnotator(NlpConfig.profile(setup.substring("profile:".length())));
        String text = file.isEmpty() ? SAMPLE : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        article = Article.of("bench", "bench", "", "", "", "", Optional.of(LocalDate.of(2025, 2, 14)), text, text,
                List.of(), Map.of());
    }

    @Benchmark
    public AnnotatedArticle annotate() {
        return annotator.process(article);
    }
}
