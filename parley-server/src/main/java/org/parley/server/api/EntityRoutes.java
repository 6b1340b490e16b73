package org.parley.server.api;

import java.util.List;
import org.parley.model.EntityId;
import org.parley.model.EntityType;
import org.parley.server.csv.ApiColumns;
import org.parley.store.EntityQuery;
import org.parley.store.EntitySummary;
import org.parley.store.Paged;

/** {@code GET /api/entities} (filter by type and name) and {@code GET /api/entities/{id}}. */
public final class EntityRoutes {
    private EntityRoutes() {
    }

    public static void register(RouteTable routes, StoreView view) {
        routes.listing("/api/entities", List.of("type", "name", "limit", "cursor"), ApiColumns.ENTITIES, ctx -> {
            EntityQuery q = EntityQuery.all();
            var type = Params.enumValue(ctx, "type", EntityType.class);
            if (type.isPresent()) q = q.withType(type.get());
            var name = Params.text(ctx, "name");
            if (name.isPresent()) q = q.withNameContaining(name.get());
            Paged<EntitySummary> page = view.store().entities(q, Params.page(ctx));
            ctx.json(new Dto.PageOf<>(page.items().stream().map(DtoMapper::entity).toList(), page.next().orElse(null)));
        });
        routes.get("/api/entities/{id}", List.of(), ctx -> {
            EntityId id = new EntityId(ctx.pathParam("id"));
            ctx.json(view.store().entity(id).map(DtoMapper::entity)
                    .orElseThrow(() -> ApiException.notFound("no entity with id " + id + "; find one at /api/entities?name=...")));
        });
    }
}
