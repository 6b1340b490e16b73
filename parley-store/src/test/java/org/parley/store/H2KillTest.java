package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ArticleAnalysis;

/**
 * A run killed with SIGKILL in the middle of saving keeps every article whose save returned, and only whole
 * articles: the H2 file is durable at commit and a save is one transaction.
 */
class H2KillTest {
    @TempDir
    Path dir;

    @Test
    void a_killed_run_keeps_every_acknowledged_article_and_only_whole_ones() throws Exception {
        Path db = dir.resolve("parley");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillChild.class.getName(), db.toString())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("saved ")) acknowledged = Integer.parseInt(line.substring(6));
                if (acknowledged >= 5) break;
            }
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("the child saved nothing; see " + dir.resolve("child.err")).isGreaterThanOrEqualTo(5);

        try (Store store = Store.open(StoreConfig.h2(db))) {
            for (int n = 0; n <= acknowledged; n++) {
                assertThat(store.contains(KillChild.article(n).article().id())).as("acknowledged article " + n).isTrue();
            }
            List<ArticleSummary> stored = StoreTestBase.all(store::articles);
            for (int n = 0; n < stored.size(); n++) {
                ArticleAnalysis expected = KillChild.article(n);
                StoredArticle got = store.article(expected.article().id()).orElseThrow();
                assertThat(got.entities()).isEqualTo(expected.entities());
                assertThat(got.attributions()).isEqualTo(expected.attributions());
                assertThat(got.stances()).isEqualTo(expected.stances());
                assertThat(got.events()).isEqualTo(expected.events());
            }
            assertThat(store.counts().attributions()).isEqualTo(stored.size());
        }
    }
}
