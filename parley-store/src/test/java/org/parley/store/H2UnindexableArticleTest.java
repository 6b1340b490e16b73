package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.search.SearchHit;
import org.parley.store.search.SearchQuery;

/**
 * A store written before the field limits (or by another program) may hold a value the search index cannot take:
 * it still opens, the rebuild says which article it could not index whole, and everything else is searchable.
 */
class H2UnindexableArticleTest {
    @TempDir
    Path dir;

    @Test
    void a_store_holding_an_outlet_name_over_the_index_term_limit_opens_and_reports_it() throws Exception {
        StoreConfig config = StoreConfig.h2(dir.resolve("db").resolve("parley")).withIndexDir(dir.resolve("index"));
        try (Store store = Store.open(config)) {
            store.save(Corpus.RUTTE_ARTICLE, "test-1");
            store.save(Corpus.TUSK_ARTICLE, "test-1");
        }
        String outlet = "x".repeat(40_000);
        try (Connection c = DriverManager.getConnection(config.database().url());
             PreparedStatement ps = c.prepareStatement("UPDATE article SET outlet = ? WHERE name = 'tusk-1.txt'")) {
            ps.setString(1, outlet);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        deleteIndex();

        try (Store store = Store.open(config)) {
            assertThat(store.counts().articles()).isEqualTo(2);
            assertThat(store.search(SearchQuery.of("Hague"), Page.first(5)).hits())
                    .extracting(SearchHit::article).contains(Corpus.RUTTE_ARTICLE.article().id());
            assertThat(store.indexRefusals()).singleElement().asString()
                    .contains(Corpus.TUSK_ARTICLE.article().id().value()).contains("only in part");
        }
        try (Store store = Store.open(config)) {
            assertThat(store.indexRefusals()).as("a current index is not rebuilt at every open").isEmpty();
        }
    }

    private void deleteIndex() throws Exception {
        try (var files = java.nio.file.Files.walk(dir.resolve("index"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
        }
    }
}
