package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
    @Test
    void the_default_store_is_an_h2_file_with_its_index_beside_it() {
        StoreConfig c = StoreConfig.defaults();

        assertThat(c.database()).isEqualTo(new StoreConfig.H2File(Path.of("parley-data", "parley")));
        assertThat(c.indexDir()).isEqualTo(Path.of("parley-data", "parley-index"));
        assertThat(c.database().url()).startsWith("jdbc:h2:retry:").endsWith("parley;AUTO_SERVER=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0");
    }

    @Test
    void a_store_option_is_a_jdbc_url_or_an_h2_path() {
        StoreConfig pg = StoreConfig.parse("jdbc:postgresql://db.example.org/parley?user=u&password=secret", null);
        StoreConfig h2 = StoreConfig.parse("data/news.mv.db", null);

        assertThat(pg.database()).isInstanceOf(StoreConfig.Jdbc.class);
        assertThat(pg.indexDir()).isEqualTo(Path.of("parley-data", "index"));
        assertThat(pg.database().toString()).contains("password=***").doesNotContain("secret");
        assertThat(h2.database()).isEqualTo(new StoreConfig.H2File(Path.of("data", "news")));
        assertThat(h2.indexDir()).isEqualTo(Path.of("data", "news-index"));
        assertThat(StoreConfig.parse("data/news", Path.of("idx")).indexDir()).isEqualTo(Path.of("idx"));
    }

    @Test
    void databases_other_than_h2_and_postgresql_are_refused_with_the_reason() {
        assertThatThrownBy(() -> StoreConfig.parse("jdbc:mysql://localhost/parley?password=pw", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only those two")
                .hasMessageNotContaining("pw");
        assertThatThrownBy(() -> new StoreConfig.H2File(Path.of("x.mv.db"))).hasMessageContaining("without '.mv.db'");
    }
}
