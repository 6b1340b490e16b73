package org.parley.store;

import java.nio.file.Path;
import java.time.LocalDate;
import org.parley.model.ArticleAnalysis;
import org.parley.model.AttributionKind;
import org.parley.model.EntityType;
import org.parley.model.Position;

/**
 * Run in a child JVM by {@link H2KillTest}: saves numbered articles into the H2 store at {@code args[0]} and
 * prints {@code saved <n>} after each save returns, until it is killed.
 */
public final class KillChild {
    private KillChild() {
    }

    static ArticleAnalysis article(int n) {
        return Analyses.article("kill-" + n + ".txt", "Reuters", LocalDate.of(2025, 1, 1).plusDays(n % 300),
                        "Mark Rutte said NATO allies must spend more in round " + n + ". \"We need to do more, and faster,\" Rutte said. "
                                + "Rutte met Donald Tusk at a meeting in Warsaw.")
                .entity("e0", EntityType.PERSON, "Mark Rutte", "Rutte")
                .entity("e1", EntityType.PERSON, "Donald Tusk")
                .quote("We need to do more, and faster,", true, AttributionKind.SPEECH, "Rutte", "e0", "Mark Rutte")
                .stance("defence-spending", "Mark Rutte", "e0", "Mark Rutte", Position.SUPPORT,
                        "Mark Rutte said NATO allies must spend more in round " + n + ".", null)
                .event("meeting", "meeting", null, "e0", "e1")
                .checked();
    }

    public static void main(String[] args) {
        Store store = Store.open(StoreConfig.h2(Path.of(args[0])));
        for (int n = 0; ; n++) {
            store.save(article(n), "kill-test");
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
