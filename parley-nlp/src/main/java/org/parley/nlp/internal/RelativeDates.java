package org.parley.nlp.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the relative dates news is full of ("on Thursday", "last week", "yesterday") against the
 * publication date, replacing SUTime's value for them. Measured on CoreNLP 4.5.10: SUTime resolves a bare
 * weekday to the coming one whatever the tense ("said on Thursday" in a Friday report gives next week's
 * Thursday), gives "last week" no value, and numbers weeks in the calendar year instead of the ISO week-based
 * year ("next week" from 2024-12-30 gives 2024-W02, a week in January 2024).
 *
 * <p>A bare weekday is the most recent such day up to the publication date unless the verb it goes with points
 * forward ("will meet on Thursday"), then the next one after it. "this" means the publication week, "last" and
 * "next" the weeks before and after. Weeks are ISO weeks ({@code 2025-W07}), as TIMEX3 writes them.
 */
public final class RelativeDates {
    /** What the verb next to a date says about when it happens. */
    public enum Tense { PAST, FUTURE, UNKNOWN }

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:on )?(?:(last|next|this|coming|past) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "(?: (morning|afternoon|evening|night))?");
    private static final Pattern PERIOD = Pattern.compile("(last|next|this|coming) (week|month|year)");
    private static final Pattern DAY = Pattern.compile("yesterday|today|tomorrow");

    private RelativeDates() {
    }

    /** The TIMEX3 value of {@code surface} said on {@code published}, or empty when it is not one of these forms. */
    public static Optional<String> resolve(String surface, LocalDate published, Tense tense) {
        String s = surface.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m = WEEKDAY.matcher(s);
        if (m.matches()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            LocalDate date = weekday(published, day, m.group(1) == null ? "" : m.group(1), tense);
            return Optional.of(date + partOfDay(m.group(3)));
        }
        m = PERIOD.matcher(s);
        if (m.matches()) {
            int step = switch (m.group(1)) {
                case "last" -> -1;
                case "next", "coming" -> 1;
                default -> 0;
            };
            return Optional.of(switch (m.group(2)) {
                case "week" -> isoWeek(published.plusWeeks(step));
                case "month" -> published.plusMonths(step).toString().substring(0, 7);
                default -> Integer.toString(published.getYear() + step);
            });
        }
        if (DAY.matcher(s).matches()) {
            return Optional.of(switch (s) {
                case "yesterday" -> published.minusDays(1);
                case "tomorrow" -> published.plusDays(1);
                default -> published;
            }).map(LocalDate::toString);
        }
        return Optional.empty();
    }

    public static String isoWeek(LocalDate date) {
        return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static LocalDate weekday(LocalDate published, DayOfWeek day, String modifier, Tense tense) {
        return switch (modifier) {
            case "last", "past" -> published.with(TemporalAdjusters.previous(day));
            case "next", "coming" -> published.with(TemporalAdjusters.next(day));
            case "this" -> published.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
            default -> tense == Tense.FUTURE
                    ? published.with(TemporalAdjusters.next(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    private static String partOfDay(String part) {
        if (part == null) return "";
        return switch (part) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }
}
