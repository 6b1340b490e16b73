package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a health check learns from {@link Store#status}: up with sizes and the pool, or down with a reason, never an exception. */
class StoreStatusTest {
    @TempDir
    Path dir;

    @Test
    void an_open_store_is_up_with_its_sizes_and_pool() {
        try (Store store = Store.open(StoreConfig.h2(dir.resolve("parley")))) {
            StoreStatus s = store.status(Duration.ofSeconds(5));
            assertThat(s.healthy()).isTrue();
            assertThat(s.databaseProblem()).isEmpty();
            assertThat(s.indexProblem()).isEmpty();
            assertThat(s.databaseBytes()).isPositive();
            assertThat(s.indexBytes()).isNotNegative();
            assertThat(s.pool().max()).isEqualTo(4);
            assertThat(s.pool().active()).isZero();
        }
    }

    @Test
    void a_closed_store_is_down_with_a_reason_for_each_part() {
        Store store = Store.open(StoreConfig.h2(dir.resolve("parley")));
        store.close();
        StoreStatus s = store.status(Duration.ofSeconds(5));
        assertThat(s.healthy()).isFalse();
        assertThat(s.databaseProblem()).hasValueSatisfying(p -> assertThat(p).contains("does not answer").contains("parley.mv.db"));
        assertThat(s.indexProblem()).hasValueSatisfying(p -> assertThat(p).contains("cannot be read"));
    }

    @Test
    void the_pool_serves_more_threads_than_it_has_connections_and_lends_them_all_back() throws Exception {
        try (Store store = Store.open(StoreConfig.h2(dir.resolve("parley")).withPoolSize(2))) {
            java.util.List<Thread> threads = new java.util.ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
            for (int i = 0; i < 8; i++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int k = 0; k < 20; k++) {
                        store.counts();
                        ok.incrementAndGet();
                    }
                }));
            }
            for (Thread t : threads) t.join();
            assertThat(ok.get()).isEqualTo(160);
            assertThat(store.status(Duration.ofSeconds(5)).pool().active()).isZero();
        }
    }
}
