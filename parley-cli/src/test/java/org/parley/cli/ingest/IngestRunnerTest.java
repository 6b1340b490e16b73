package org.parley.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleId;
import org.parley.model.DateEstimate;
import org.parley.model.Outcome;
import org.parley.model.Problem;
import org.parley.model.StageException;
import org.parley.testkit.Docs;

class IngestRunnerTest {
    private final Map<ArticleId, ArticleAnalysis> store = new ConcurrentHashMap<>();
    private final List<Problem> reported = new ArrayList<>();
    private final IngestRunner.Sink sink = new IngestRunner.Sink() {
        @Override
        public boolean contains(ArticleId id) {
            return store.containsKey(id);
        }

        @Override
        public IngestRunner.SaveStatus save(ArticleAnalysis a) {
            return store.putIfAbsent(a.article().id(), a) == null
                    ? IngestRunner.SaveStatus.STORED : IngestRunner.SaveStatus.UNCHANGED;
        }
    };
    private final Function<Article, ArticleAnalysis> analyze = a -> new ArticleAnalysis(Docs.annotated(a),
            DateEstimate.none(), List.of(), List.of(), List.of(), List.of(), List.of());

    private IngestRunner.Summary run(Stream<Outcome<Article>> in, Function<Article, ArticleAnalysis> f) {
        ProgressBar quiet = ProgressBar.none();
        return new IngestRunner(2).run(in, f, sink, quiet, p -> {
            synchronized (reported) {
                reported.add(p);
            }
        });
    }

    private static Outcome<Article> article(String text) {
        return Outcome.done(Docs.article(text));
    }

    @Test
    void every_article_is_stored_once_and_a_second_run_finds_them_unchanged() {
        List<Outcome<Article>> inputs = IntStream.range(0, 50).mapToObj(i -> article("Story number " + i + ".")).toList();

        IngestRunner.Summary first = run(inputs.stream(), analyze);
        IngestRunner.Summary second = run(inputs.stream(), analyze);

        assertThat(first.stored()).isEqualTo(50);
        assertThat(second.stored()).isZero();
        assertThat(second.unchanged()).isEqualTo(50);
        assertThat(store).hasSize(50);
    }

    @Test
    void the_same_article_twice_in_one_batch_is_stored_once() {
        IngestRunner.Summary s = run(Stream.of(article("Same story."), article("Same story.")), analyze);

        assertThat(s.stored()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(1);
    }

    @Test
    void a_bad_input_is_reported_and_the_batch_goes_on() {
        Problem bad = new Problem("feed.xml", "read", "not XML", "check the file");

        IngestRunner.Summary s = run(Stream.of(article("One."), Outcome.failed(bad), article("Two.")), analyze);

        assertThat(s.stored()).isEqualTo(2);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.allRead()).isFalse();
        assertThat(reported).containsExactly(bad);
    }

    @Test
    void an_article_a_stage_cannot_handle_becomes_a_problem_naming_it() {
        Function<Article, ArticleAnalysis> picky = a -> {
            if (a.text().contains("odd")) throw new StageException("annotate", a.source(), "cannot tokenise", "");
            return analyze.apply(a);
        };

        IngestRunner.Summary s = run(Stream.of(article("An odd one."), article("A fine one.")), picky);

        assertThat(s.stored()).isEqualTo(1);
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.stage()).isEqualTo("annotate"));
    }

    @Test
    void a_store_failure_stops_the_run_instead_of_losing_articles_silently() {
        IngestRunner.Sink broken = new IngestRunner.Sink() {
            @Override
            public boolean contains(ArticleId id) {
                return false;
            }

            @Override
            public IngestRunner.SaveStatus save(ArticleAnalysis a) {
                throw new IllegalStateException("disk full");
            }
        };
        ProgressBar quiet = ProgressBar.none();

        assertThatThrownBy(() -> new IngestRunner(2).run(Stream.of(article("One.")), analyze, broken, quiet, p -> { }))
                .hasMessageContaining("disk full");
    }

    @Test
    void an_analysis_the_store_refuses_is_a_problem_and_the_batch_goes_on() {
        IngestRunner.Sink refusing = new IngestRunner.Sink() {
            @Override
            public boolean contains(ArticleId id) {
                return false;
            }

            @Override
            public IngestRunner.SaveStatus save(ArticleAnalysis a) {
                if (a.article().text().contains("bad")) throw new StageException("store", a.article().source(), "speaker key e9 unknown", "");
                return sink.save(a);
            }
        };
        ProgressBar quiet = ProgressBar.none();

        IngestRunner.Summary s = new IngestRunner(2).run(Stream.of(article("A bad one."), article("A good one.")), analyze,
                refusing, quiet, p -> { });

        assertThat(s.stored()).isEqualTo(1);
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.stage()).isEqualTo("store"));
    }

    @Test
    void at_most_twice_the_threads_articles_are_in_flight() {
        Set<ArticleId> inFlight = ConcurrentHashMap.newKeySet();
        int[] peak = {0};
        Function<Article, ArticleAnalysis> slow = a -> {
            inFlight.add(a.id());
            synchronized (peak) {
                peak[0] = Math.max(peak[0], inFlight.size());
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.remove(a.id());
            return analyze.apply(a);
        };

        run(IntStream.range(0, 40).mapToObj(i -> article("Item " + i + ".")), slow);

        assertThat(peak[0]).isLessThanOrEqualTo(4);
    }
}
