package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Outcome;
import org.parley.model.Problem;
import org.parley.model.Removal;

/** Invariants every article and every cleaning result must keep, and small helpers over outcomes. */
final class Checks {
    private Checks() {
    }

    /**
     * Same length as the original; removals blank in the text (repairs written there, padded) and equal to the
     * original there; nothing else changed.
     */
    static Article article(Article a) {
        assertThat(a.text()).as("text of %s", a.name()).hasSameSizeAs(a.originalText());
        cleaned(a.originalText(), new Cleaned(a.text(), a.removed(), a.author()));
        assertThat(a.id()).isEqualTo(ArticleId.ofCleanText(a.text()));
        assertThat(a.text()).isNotBlank();
        return a;
    }

    static Cleaned cleaned(String original, Cleaned c) {
        assertThat(c.text()).hasSameSizeAs(original);
        boolean[] covered = new boolean[original.length()];
        int lastEnd = 0;
        for (Removal r : c.removals()) {
            assertThat(r.span().start()).as("removals in order, not overlapping").isGreaterThanOrEqualTo(lastEnd);
            lastEnd = r.span().end();
            assertThat(r.span().of(original)).isEqualTo(r.text());
            if (r.reason().startsWith(Mojibake.REASON)) {
                assertThat(r.span().of(c.text()).replaceAll("[ \u00AD]", ""))
                        .as("repair %s is written in the text, padded", r).isEqualTo(r.reason().substring(Mojibake.REASON.length()));
            } else {
                assertThat(r.span().of(c.text())).as("removal %s is blank in the text", r).isBlank();
            }
            assertThat(r.span().of(c.text()).chars().filter(ch -> ch == '\n').count())
                    .as("line breaks kept").isEqualTo(r.text().chars().filter(ch -> ch == '\n').count());
            for (int i = r.span().start(); i < r.span().end(); i++) covered[i] = true;
        }
        for (int i = 0; i < original.length(); i++) {
            if (c.text().charAt(i) != original.charAt(i)) {
                assertThat(covered[i]).as("changed char %d ('%s') is inside a recorded removal", i, original.charAt(i)).isTrue();
            }
        }
        return c;
    }

    static List<Article> articles(Stream<Outcome<Article>> outcomes) {
        List<Article> out = new ArrayList<>();
        try (outcomes) {
            outcomes.forEach(o -> {
                if (o instanceof Outcome.Done<Article> d) out.add(article(d.value()));
            });
        }
        return out;
    }

    static List<Outcome<Article>> all(Stream<Outcome<Article>> outcomes) {
        try (outcomes) {
            List<Outcome<Article>> all = outcomes.toList();
            all.forEach(o -> {
                if (o instanceof Outcome.Done<Article> d) article(d.value());
            });
            return all;
        }
    }

    static List<Problem> problems(List<Outcome<Article>> outcomes) {
        List<Problem> out = new ArrayList<>();
        for (Outcome<Article> o : outcomes) {
            switch (o) {
                case Outcome.Failed<Article> f -> out.add(f.problem());
                case Outcome.Done<Article> d -> { }
            }
        }
        return out;
    }

    static List<Article> done(List<Outcome<Article>> outcomes) {
        List<Article> out = new ArrayList<>();
        for (Outcome<Article> o : outcomes) {
            switch (o) {
                case Outcome.Failed<Article> f -> { }
                case Outcome.Done<Article> d -> out.add(d.value());
            }
        }
        return out;
    }

    static Problem onlyProblem(Stream<Outcome<Article>> outcomes) {
        List<Outcome<Article>> all = all(outcomes);
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).isInstanceOf(Outcome.Failed.class);
        return ((Outcome.Failed<Article>) all.get(0)).problem();
    }

    static Article onlyArticle(Stream<Outcome<Article>> outcomes) {
        List<Outcome<Article>> all = all(outcomes);
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).as("outcome %s", all.get(0)).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<Article>) all.get(0)).value();
    }
}
