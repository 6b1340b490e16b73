package org.parley.extract.stance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.EntityType;
import org.parley.model.Holder;
import org.parley.model.Position;
import org.parley.model.Span;
import org.parley.model.Stance;

/** Hand-made stances for aggregation and shift tests. */
final class Stances {
    private Stances() {
    }

    static SourcedStance of(String article, String outlet, String holder, String issue, Position p, LocalDate date, double confidence,
                            boolean shift, int sentence) {
        Stance s = new Stance(issue, new Holder(new Span(0, holder.length()), holder, "", holder, EntityType.PERSON), p, List.of("cue"),
                false, confidence, new Span(0, 10), sentence, Optional.empty(), shift, Optional.ofNullable(date), List.of());
        return new SourcedStance(new ArticleId(article), outlet, s);
    }

    static SourcedStance of(String article, String holder, Position p, LocalDate date) {
        return of(article, "Outlet " + article, holder, "membership", p, date, 0.8, false, 0);
    }
}
