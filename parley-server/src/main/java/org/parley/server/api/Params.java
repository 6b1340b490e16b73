package org.parley.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.parley.store.Page;

/** Reads and validates query parameters; every failure is a 400 that names the parameter and what it takes. */
public final class Params {
    public static final int DEFAULT_LIMIT = 50;

    private Params() {
    }

    public static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    public static Page page(Context ctx) {
        int limit = DEFAULT_LIMIT;
        Optional<String> raw = text(ctx, "limit");
        if (raw.isPresent()) {
            try {
                limit = Integer.parseInt(raw.get());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("limit '%s' is not a number; give 1 to %d".formatted(raw.get(), Page.MAX_LIMIT));
            }
            if (limit < 1 || limit > Page.MAX_LIMIT) {
                throw ApiException.badRequest("limit %d is not in [1, %d]".formatted(limit, Page.MAX_LIMIT));
            }
        }
        return new Page(limit, text(ctx, "cursor"));
    }

    public static Optional<LocalDate> date(Context ctx, String name) {
        return text(ctx, name).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("%s '%s' is not a date; use YYYY-MM-DD".formatted(name, s));
            }
        });
    }

    /** A from/to pair of dates, both optional, checked to be in order. */
    public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
        public LocalDate fromOrNull() {
            return from.orElse(null);
        }

        public LocalDate toOrNull() {
            return to.orElse(null);
        }

        public boolean contains(LocalDate d) {
            return (from.isEmpty() || !d.isBefore(from.get())) && (to.isEmpty() || !d.isAfter(to.get()));
        }
    }

    public static DateRange range(Context ctx) {
        Optional<LocalDate> from = date(ctx, "from");
        Optional<LocalDate> to = date(ctx, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ApiException.badRequest("from %s is after to %s".formatted(from.get(), to.get()));
        }
        return new DateRange(from, to);
    }

    public static <E extends Enum<E>> Optional<E> enumValue(Context ctx, String name, Class<E> type) {
        return text(ctx, name).map(s -> {
            try {
                return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("%s '%s' is not one of %s".formatted(name, s,
                        Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
            }
        });
    }

    public static boolean bool(Context ctx, String name) {
        Optional<String> raw = text(ctx, name);
        if (raw.isEmpty()) return false;
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest("%s '%s' is not true or false".formatted(name, raw.get()));
        };
    }
}
