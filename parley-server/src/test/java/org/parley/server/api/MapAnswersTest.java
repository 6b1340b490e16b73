package org.parley.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.extract.map.MapOptions;

/** The kept map answers of one state of the store: built once however many ask, failures not kept, bounded. */
class MapAnswersTest {
    private static final MapAnswers.Key KEY = new MapAnswers.Key("map", "ceasefire", MapOptions.latest());

    @Test
    void an_answer_is_built_once_while_many_ask_for_it() throws InterruptedException {
        MapAnswers.Source source = new MapAnswers.Source(new LinkedHashMap<>());
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<MapAnswers.Answer> got = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                got.add(source.answer(KEY, () -> {
                    builds.incrementAndGet();
                    return "{}".getBytes(StandardCharsets.UTF_8);
                }));
            }));
        }
        start.countDown();
        for (Thread t : threads) t.join();

        assertThat(builds).hasValue(1);
        assertThat(got).hasSize(8).allSatisfy(a -> assertThat(a).isSameAs(got.getFirst()));
        assertThat(got.getFirst().etag()).isEqualTo("\"" + Revalidation.hash("{}".getBytes(StandardCharsets.UTF_8)) + "\"");
    }

    @Test
    void a_failed_build_is_not_kept_and_options_tell_answers_apart() {
        MapAnswers.Source source = new MapAnswers.Source(new LinkedHashMap<>());

        assertThatThrownBy(() -> source.answer(KEY, () -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken");

        assertThat(new String(source.answer(KEY, () -> "a".getBytes(StandardCharsets.UTF_8)).json(), StandardCharsets.UTF_8)).isEqualTo("a");
        MapAnswers.Key earlier = new MapAnswers.Key("map", "ceasefire", MapOptions.latest().at(java.time.LocalDate.of(2025, 2, 20)));
        assertThat(new String(source.answer(earlier, () -> "b".getBytes(StandardCharsets.UTF_8)).json(), StandardCharsets.UTF_8)).isEqualTo("b");
        assertThat(new String(source.answer(KEY, () -> "c".getBytes(StandardCharsets.UTF_8)).json(), StandardCharsets.UTF_8)).isEqualTo("a");
    }

    @Test
    void only_the_latest_answers_are_kept() {
        MapAnswers.Source source = new MapAnswers.Source(new LinkedHashMap<>());
        for (int i = 0; i <= MapAnswers.KEPT; i++) {
            source.answer(new MapAnswers.Key("map", "issue-" + i, MapOptions.latest()), () -> "x".getBytes(StandardCharsets.UTF_8));
        }
        AtomicInteger builds = new AtomicInteger();
        source.answer(new MapAnswers.Key("map", "issue-0", MapOptions.latest()), () -> {
            builds.incrementAndGet();
            return "y".getBytes(StandardCharsets.UTF_8);
        });
        assertThat(builds).as("the eldest answer was dropped").hasValue(1);
    }
}
