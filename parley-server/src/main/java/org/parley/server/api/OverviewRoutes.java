package org.parley.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.server.story.HolderKey;
import org.parley.store.ArticleSummary;
import org.parley.store.StoreCounts;
import org.parley.store.StoredAttribution;

/** {@code GET /api/overview}: totals, articles by outlet and date, the most quoted people, the issues. */
public final class OverviewRoutes {
    static final int TOP_SPEAKERS = 20;

    private OverviewRoutes() {
    }

    public static void register(RouteTable routes, StoreView view, Map<String, String> issueNames) {
        routes.get("/api/overview", List.of(), ctx -> ctx.json(view.snapshot().derived("overview", s -> overview(s, issueNames))));
    }

    static Dto.Overview overview(StoreView.Snapshot s, Map<String, String> issueNames) {
        StoreCounts c = s.counts();
        Dto.Totals totals = new Dto.Totals(c.articles(), c.attributions(), c.stances(), c.events(), c.entities());
        Map<String, Map<String, Integer>> byOutletDate = new TreeMap<>();
        Map<String, Integer> outlets = new TreeMap<>();
        for (ArticleSummary a : s.articles()) {
            String outlet = a.outlet().isBlank() ? "(unknown outlet)" : a.outlet();
            outlets.merge(outlet, 1, Integer::sum);
            a.date().date().ifPresent(d -> byOutletDate.computeIfAbsent(outlet, o -> new TreeMap<>()).merge(d.toString(), 1, Integer::sum));
        }
        List<Dto.OutletDay> days = new ArrayList<>();
        byOutletDate.forEach((outlet, dates) -> dates.forEach((d, n) -> days.add(new Dto.OutletDay(outlet, d, n))));
        Map<HolderKey, Integer> quoted = new HashMap<>();
        for (StoredAttribution a : s.quotes()) HolderKey.of(a).ifPresent(k -> quoted.merge(k, 1, Integer::sum));
        // Once entity resolution has run, rank only speakers it resolved: unresolved ones are mostly pronouns
        // and vague sources ("they", "officials") that name nobody one could click through to.
        if (quoted.keySet().stream().anyMatch(k -> k.entityId().isPresent())) {
            quoted.keySet().removeIf(k -> k.entityId().isEmpty());
        }
        List<Dto.SpeakerCount> top = quoted.entrySet().stream()
                .sorted(Map.Entry.<HolderKey, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().name()))
                .limit(TOP_SPEAKERS).map(e -> new Dto.SpeakerCount(DtoMapper.who(e.getKey()), e.getValue())).toList();
        List<Dto.Count> outletCounts = outlets.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(e -> new Dto.Count(e.getKey(), e.getValue())).toList();
        return new Dto.Overview(totals, days, outletCounts, top, StanceRoutes.issues(s.stances(), issueNames));
    }
}
