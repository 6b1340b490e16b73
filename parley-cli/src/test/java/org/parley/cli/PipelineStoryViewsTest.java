package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;
import org.parley.model.EntityId;
import org.parley.model.EntityType;
import org.parley.model.Holder;
import org.parley.model.Position;
import org.parley.model.Span;
import org.parley.model.Stance;
import org.parley.server.story.HolderStances;
import org.parley.server.story.StanceShift;
import org.parley.store.ArticleRef;
import org.parley.store.EntityRef;
import org.parley.store.StoredStance;

class PipelineStoryViewsTest {
    private static StoredStance stance(long id, String article, String surface, Position position, LocalDate date,
                                       Optional<EntityRef> resolved) {
        ArticleRef ref = new ArticleRef(new ArticleId(article), article, "Outlet " + article, "Title " + article, Optional.of(date));
        Holder holder = new Holder(new Span(0, surface.length()), surface, "e0", surface, EntityType.PERSON);
        return new StoredStance(id, ref, new Stance("ceasefire", holder, position, List.of("backs"), false, 0.9,
                new Span(0, 40), 0, Optional.empty(), false, Optional.of(date), List.of()), resolved);
    }

    @Test
    void one_resolved_holder_named_two_ways_is_one_row_and_its_change_is_a_shift() {
        Optional<EntityRef> lind = Optional.of(new EntityRef(new EntityId("person:tomas-lind"), "Tomas Lind"));
        List<StoredStance> stances = List.of(
                stance(1, "a1", "Tomas Lind", Position.OPPOSE, LocalDate.of(2025, 2, 1), lind),
                stance(4, "a4", "Lind", Position.OPPOSE, LocalDate.of(2025, 2, 5), lind),
                stance(2, "a2", "Lind", Position.SUPPORT, LocalDate.of(2025, 3, 1), lind),
                stance(5, "a5", "Tomas Lind", Position.SUPPORT, LocalDate.of(2025, 3, 8), lind),
                stance(3, "a3", "Clara Moss", Position.SUPPORT, LocalDate.of(2025, 3, 2), Optional.empty()));
        PipelineStoryViews views = new PipelineStoryViews();

        List<HolderStances> rows = views.holderStances(stances);
        assertThat(rows).hasSize(2);
        HolderStances row = rows.stream().filter(r -> r.holder().entityId().isPresent()).findFirst().orElseThrow();
        assertThat(row.holder().key()).isEqualTo("person:tomas-lind");
        assertThat(row.holder().name()).isEqualTo("Tomas Lind");
        assertThat(row.byPosition().get(Position.OPPOSE)).extracting(StoredStance::id).containsExactlyInAnyOrder(1L, 4L);
        assertThat(row.byPosition().get(Position.SUPPORT)).extracting(StoredStance::id).containsExactlyInAnyOrder(2L, 5L);
        assertThat(rows.stream().filter(r -> r.holder().entityId().isEmpty()).findFirst().orElseThrow().holder().key())
                .isEqualTo("name:clara moss");

        List<StanceShift> shifts = views.shifts(stances);
        assertThat(shifts).hasSize(1);
        // A shift joins two positions each said on two days: the last opposition, then the first support.
        assertThat(shifts.get(0).before().orElseThrow().id()).isEqualTo(4L);
        assertThat(shifts.get(0).after().id()).isEqualTo(2L);
        assertThat(shifts.get(0).reported()).isFalse();
    }
}
