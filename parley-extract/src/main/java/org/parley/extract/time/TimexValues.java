package org.parley.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Granularity;
import org.parley.model.TimeMention;
import org.parley.model.When;

/**
 * Turns a TIMEX3 value (and, when the annotator left it unresolved, the words themselves) into a dated
 * {@link When}, resolving what needs the article's date against {@code anchor}: "XXXX-WXX-4" (Thursday) is the
 * latest Thursday on or before the anchor; "XXXX-12-03" (December 3) takes the year that puts it nearest the
 * anchor; "last week", "yesterday", "this month" count from the anchor. Patterns are compiled once.
 */
public final class TimexValues {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-(\\d))?");
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d)(?:T.*)?");
    private static final Pattern NO_YEAR_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern NO_YEAR_MONTH = Pattern.compile("XXXX-(\\d{2})");

    private TimexValues() {
    }

    /** The date a time mention names, or empty for durations, sets and what cannot be placed. */
    public static Optional<When> when(TimeMention t, Optional<LocalDate> anchor) {
        if (t.type().equals("DURATION") || t.type().equals("SET")) return Optional.empty();
        Optional<When> fromValue = when(t.value(), anchor);
        return fromValue.isPresent() ? fromValue : fromWords(t.surface(), anchor);
    }

    /** The date a TIMEX3 value names, resolved against {@code anchor} where it must be. */
    public static Optional<When> when(String value, Optional<LocalDate> anchor) {
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                return Optional.of(new When(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)), Granularity.DAY, value));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(i(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (m.group(3) != null) return Optional.of(new When(monday.plusDays(i(m, 3) - 1L), Granularity.DAY, value));
                return Optional.of(new When(monday, Granularity.WEEK, value));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                return Optional.of(new When(LocalDate.of(i(m, 1), i(m, 2), 1), Granularity.MONTH, value));
            }
            if ((m = YEAR.matcher(value)).matches()) {
                return Optional.of(new When(LocalDate.of(i(m, 1), 1, 1), Granularity.YEAR, value));
            }
            if (anchor.isEmpty()) return Optional.empty();
            LocalDate a = anchor.get();
            if ((m = WEEKDAY.matcher(value)).matches()) {
                LocalDate d = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(i(m, 1))));
                return Optional.of(new When(d, Granularity.DAY, d.toString()));
            }
            if ((m = NO_YEAR_DAY.matcher(value)).matches()) {
                int month = i(m, 1);
                int day = i(m, 2);
                LocalDate d = nearest(a, y -> LocalDate.of(y, month, day));
                return Optional.of(new When(d, Granularity.DAY, d.toString()));
            }
            if ((m = NO_YEAR_MONTH.matcher(value)).matches()) {
                int month = i(m, 1);
                LocalDate d = nearest(a, y -> LocalDate.of(y, month, 1));
                return Optional.of(new When(d, Granularity.MONTH, d.toString().substring(0, 7)));
            }
            if (value.equals("PRESENT_REF")) return Optional.of(new When(a, Granularity.DAY, a.toString()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Relative words an annotator without the article's date could not resolve. */
    static Optional<When> fromWords(String surface, Optional<LocalDate> anchor) {
        if (anchor.isEmpty()) return Optional.empty();
        LocalDate a = anchor.get();
        String w = surface.toLowerCase(Locale.ROOT).strip();
        LocalDate monday = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.ofNullable(switch (w) {
            case "today", "now", "this morning", "tonight", "this evening" -> new When(a, Granularity.DAY, a.toString());
            case "yesterday" -> new When(a.minusDays(1), Granularity.DAY, a.minusDays(1).toString());
            case "this week" -> new When(monday, Granularity.WEEK, monday.toString());
            case "last week" -> new When(monday.minusWeeks(1), Granularity.WEEK, monday.minusWeeks(1).toString());
            case "this month" -> new When(a.withDayOfMonth(1), Granularity.MONTH, a.toString().substring(0, 7));
            case "last month" -> new When(a.minusMonths(1).withDayOfMonth(1), Granularity.MONTH, a.minusMonths(1).toString().substring(0, 7));
            case "this year" -> new When(a.withDayOfYear(1), Granularity.YEAR, String.valueOf(a.getYear()));
            case "last year" -> new When(a.minusYears(1).withDayOfYear(1), Granularity.YEAR, String.valueOf(a.getYear() - 1));
            default -> null;
        });
    }

    private static LocalDate nearest(LocalDate anchor, java.util.function.IntFunction<LocalDate> inYear) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = inYear.apply(y);
            if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) best = d;
        }
        return best;
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
