package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ArticleAnalysis;

/**
 * Prints how fast the store saves, rebuilds its index and answers a filtered query, on H2 and (when
 * {@code PARLEY_TEST_PG_URL} is set) PostgreSQL. Not a test: surefire runs it only when asked,
 * {@code ./build -q -pl parley-store -am test -Dtest=StoreSaveBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StoreSaveBench {
    private static final int ARTICLES = 200;

    @TempDir
    Path dir;

    @Test
    void print_save_rebuild_and_query_times() throws Exception {
        List<ArticleAnalysis> articles = IntStream.range(0, ARTICLES).mapToObj(KillChild::article).toList();
        run("h2", StoreConfig.h2(dir.resolve("h2").resolve("parley")), articles);
        if (System.getenv(PostgresSchema.ENV) != null) {
            PostgresSchema schema = PostgresSchema.create();
            try {
                run("postgresql", StoreConfig.jdbc(schema.url(), "", "", dir.resolve("pg-index")), articles);
            } finally {
                schema.drop();
            }
        }
    }

    private static void run(String name, StoreConfig config, List<ArticleAnalysis> articles) {
        long t0 = System.nanoTime();
        try (Store store = Store.open(config)) {
            long t1 = System.nanoTime();
            for (ArticleAnalysis a : articles) store.save(a, "bench");
            long t2 = System.nanoTime();
            store.rebuildIndex();
            long t3 = System.nanoTime();
            for (int i = 0; i < 1000; i++) store.attributions(AttributionQuery.all().withSpeakerName("rutte"), Page.first(50));
            long t4 = System.nanoTime();
            for (int i = 0; i < 1000; i++) store.search(org.parley.store.search.SearchQuery.of("\"spend more\""), Page.first(20));
            long t5 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s: open %d ms; %d saves %.1f ms each; index rebuild %d ms; attribution query %.2f ms; "
                            + "search %.2f ms%n", name, ms(t1 - t0), articles.size(), ms(t2 - t1) / (double) articles.size(),
                    ms(t3 - t2), ms(t4 - t3) / 1000.0, ms(t5 - t4) / 1000.0);
            assertThat(store.counts().articles()).isEqualTo(articles.size());
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
