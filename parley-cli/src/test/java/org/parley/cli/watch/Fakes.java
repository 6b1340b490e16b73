package org.parley.cli.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Article;
import org.parley.model.ArticleId;

/** A clock the tests move by hand, and a sink that keeps articles in memory, as the store keeps them by id. */
final class Fakes {
    private Fakes() {
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2030-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final class MemorySink implements ArticleSink {
        final Map<ArticleId, Article> stored = new LinkedHashMap<>();
        final List<Article> analysed = new ArrayList<>();
        int refreshes;
        Runnable onStore = () -> { };

        @Override
        public synchronized boolean contains(ArticleId id) {
            return stored.containsKey(id);
        }

        @Override
        public synchronized boolean store(Article article) {
            analysed.add(article);
            onStore.run();
            return stored.putIfAbsent(article.id(), article) == null;
        }

        @Override
        public void afterStored() {
            refreshes++;
        }

        List<String> titles() {
            return stored.values().stream().map(Article::title).toList();
        }
    }
}
