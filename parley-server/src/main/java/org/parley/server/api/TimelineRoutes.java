package org.parley.server.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.server.csv.ApiColumns;
import org.parley.server.story.TimelineEntry;

/** {@code GET /api/timeline}: events and statements by date, paged by a cursor on (date, type, id). */
public final class TimelineRoutes {
    private TimelineRoutes() {
    }

    public static void register(RouteTable routes, StoreView view, DtoMapper mapper) {
        routes.listing("/api/timeline", List.of("from", "to", "type", "limit", "cursor"), ApiColumns.TIMELINE, ctx -> {
            Params.DateRange range = Params.range(ctx);
            Optional<TimelineEntry.Kind> type = Params.enumValue(ctx, "type", TimelineEntry.Kind.class);
            var page = Params.page(ctx);
            Optional<Key> after = page.cursor().map(TimelineRoutes::parse);
            List<TimelineEntry> out = new ArrayList<>();
            String next = null;
            for (TimelineEntry e : view.snapshot().timeline()) {
                if (!range.contains(e.date()) || type.filter(t -> t != e.kind()).isPresent()) continue;
                if (after.isPresent() && after.get().compareTo(e) >= 0) continue;
                if (out.size() == page.limit()) {
                    next = out.getLast().cursor();
                    break;
                }
                out.add(e);
            }
            ctx.json(new Dto.PageOf<>(out.stream().map(mapper::timeline).toList(), next));
        });
    }

    /** A timeline cursor: the position of the last entry of the previous page. */
    record Key(LocalDate date, int kind, long id) {
        int compareTo(TimelineEntry e) {
            int c = date.compareTo(e.date());
            if (c != 0) return c;
            c = Integer.compare(kind, e.kind().ordinal());
            return c != 0 ? c : Long.compare(id, e.id());
        }
    }

    static Key parse(String cursor) {
        String[] parts = cursor.split("\\|");
        try {
            if (parts.length == 3) return new Key(LocalDate.parse(parts[0]), Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
        } catch (DateTimeParseException | NumberFormatException e) {
            // falls through to the message below
        }
        throw ApiException.badRequest("cursor '%s' is not one /api/timeline gave out; start again without a cursor".formatted(cursor));
    }
}
