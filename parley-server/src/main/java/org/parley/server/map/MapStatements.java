package org.parley.server.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parley.extract.map.Speaker;
import org.parley.extract.map.Statement;
import org.parley.extract.stance.HolderKey;
import org.parley.extract.stance.SourcedStance;
import org.parley.model.ArticleId;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.model.Span;
import org.parley.store.StoredStance;

/**
 * Stored stances as the map reads them: each with its speaker as the store resolved it (the entity's type, aliases
 * and roles, which decide the party), its date (the statement's, else its article's) and its evidence sentence.
 * Stances come from {@code Store.stances}, so corrections made there reach the map.
 */
public final class MapStatements {
    private MapStatements() {
    }

    /**
     * @param entities the resolved entities by id (for the speakers' types, aliases and roles)
     * @param texts    an article's text by id, for the evidence sentences
     */
    public static List<Statement> of(Collection<StoredStance> stances, Map<EntityId, Entity> entities,
                                     Function<ArticleId, Optional<String>> texts) {
        Map<ArticleId, String> cache = new HashMap<>();
        HolderKey byName = HolderKey.byName();
        List<Statement> out = new ArrayList<>(stances.size());
        for (StoredStance s : stances) {
            var holder = s.stance().holder();
            Speaker speaker = s.holder().map(ref -> {
                Entity e = entities.get(ref.id());
                return e == null
                        ? new Speaker(ref.id().value(), ref.name(), holder.type(), Set.of(holder.name()), Set.of())
                        : new Speaker(e.id().value(), e.name(), e.type(), e.aliases(), e.roles());
            }).orElseGet(() -> new Speaker("name:" + byName.of(s.article().id(), holder), holder.name(), holder.type(), Set.of(), Set.of()));
            String text = cache.computeIfAbsent(s.article().id(), id -> texts.apply(id).orElse(""));
            out.add(new Statement(s.id(), new SourcedStance(s.article().id(), s.article().outlet(), s.stance()), speaker,
                    s.stance().date().or(() -> s.article().date()), s.article().name(), s.article().title(), s.article().date(),
                    sentence(text, s.stance().evidence())));
        }
        return out;
    }

    private static String sentence(String text, Span span) {
        return span.end() <= text.length() ? span.of(text).strip() : "";
    }
}
