package org.parley.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ArticleAnalysis;

/** Opens an empty store before each test and closes and drops it after; subclasses pick the database. */
abstract class StoreTestBase {
    @TempDir
    Path dir;

    Store store;
    StoreConfig config;
    private final TestDatabase database = database();

    abstract TestDatabase database();

    @BeforeEach
    void openStore() throws Exception {
        config = database.emptyStore(dir);
        store = Store.open(config);
    }

    @AfterEach
    void closeStore() throws Exception {
        try {
            if (store != null) store.close();
        } finally {
            database.drop();
        }
    }

    void reopen() {
        store.close();
        store = Store.open(config);
    }

    void saveAll() {
        for (ArticleAnalysis a : Corpus.ALL) {
            if (store.save(a, "test-1") != SaveResult.STORED) throw new AssertionError(a.article().name() + " was not stored");
        }
    }

    /** Every item of a listing, read two at a time through its cursors. */
    static <T> List<T> all(Function<Page, Paged<T>> query) {
        List<T> out = new ArrayList<>();
        Page page = Page.first(2);
        while (true) {
            Paged<T> p = query.apply(page);
            out.addAll(p.items());
            if (p.next().isEmpty()) return out;
            page = Page.after(2, p.next().get());
        }
    }
}
