package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.search.SearchHit;
import org.parley.store.search.SearchQuery;

/** An index directory once filled from another database is rebuilt, even when the article counts agree. */
class H2IndexReuseTest {
    @TempDir
    Path dir;

    @Test
    void an_index_built_from_another_database_is_rebuilt_at_open() {
        Path index = dir.resolve("index");
        StoreConfig first = StoreConfig.h2(dir.resolve("first").resolve("parley")).withIndexDir(index);
        StoreConfig second = StoreConfig.h2(dir.resolve("second").resolve("parley")).withIndexDir(index);
        try (Store store = Store.open(first)) {
            store.save(Corpus.RUTTE_ARTICLE, "test-1");
        }
        try (Store store = Store.open(second)) {
            store.save(Corpus.TUSK_ARTICLE, "test-1");
        }

        try (Store store = Store.open(first)) {
            assertThat(store.search(SearchQuery.of("Hague OR Poland").in(SearchQuery.Scope.ARTICLES), Page.first(5)).hits())
                    .extracting(SearchHit::article).containsExactly(Corpus.RUTTE_ARTICLE.article().id());
        }
    }
}
