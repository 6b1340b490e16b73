package org.parley.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.extract.map.Statement;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.server.map.MapStatements;
import org.parley.store.EntityQuery;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import org.parley.store.StoredStance;

/** The statements the map commands read: stored stances (through {@code Store.stances}) with speakers and evidence. */
final class MapData {
    private MapData() {
    }

    static List<Statement> statements(Store store, StanceQuery query) {
        List<StoredStance> stances = new ArrayList<>();
        Lookup.each(p -> store.stances(query, p), Integer.MAX_VALUE, stances::add);
        Map<EntityId, Entity> entities = new HashMap<>();
        Lookup.each(p -> store.entities(EntityQuery.all(), p), Integer.MAX_VALUE, e -> entities.put(e.entity().id(), e.entity()));
        return MapStatements.of(stances, entities, store::text);
    }
}
